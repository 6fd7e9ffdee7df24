// Keyset pagination cursors: the sort key of the last row on a page, bound to the query it came
// from and signed, so a cursor that was edited or moved to another query is refused (400).
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface CursorPayload {
  /** Hash of the normalised filters and sort the cursor belongs to. */
  query: string;
  /** Sort key values of the last row, in ORDER BY order. */
  after: (string | number)[];
}

export class CursorError extends Error {
  override name = 'CursorError';
}

const sign = (secret: string, body: string) =>
  createHmac('sha256', secret).update(body).digest().subarray(0, 16).toString('base64url');

export function encodeCursor(secret: string, payload: CursorPayload): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${sign(secret, body)}`;
}

export function decodeCursor(secret: string, cursor: string, expectedQuery: string): CursorPayload {
  const [body, mac] = cursor.split('.');
  if (!body || !mac) throw new CursorError('Курсор повреждён');
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new CursorError('Курсор изменён или выдан другим сервером');
  }
  const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as CursorPayload;
  if (payload.query !== expectedQuery) throw new CursorError('Курсор относится к другому запросу');
  if (!Array.isArray(payload.after)) throw new CursorError('Курсор повреждён');
  return payload;
}
