// What the API accepts as input, checked once for every route before its schema sees it:
// - a body is JSON, and it is UTF-8: another declared charset (utf-7, utf-16, windows-1251) is a 415, bytes
//   that are not valid UTF-8 are a 400 (never silently replaced with U+FFFD and stored);
// - no text anywhere (path, query, body) may hold a NUL character, which PostgreSQL cannot
//   store in text: a 400 naming the field instead of a 500 from the database.
import type { FieldError } from '@registry/contracts/problem';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/app-error';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The charset parameter of a Content-Type header, lower-cased, or undefined when absent. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase();
}

/** Paths (`body.title`, `query.q`) of every string holding U+0000, keys included. */
export function findNulFields(value: unknown, path: string, found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      findNulFields(item, `${path}.${index}`, found);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) found.push(path);
      else findNulFields(item, `${path}.${key}`, found);
    }
  }
  return found;
}

function rejectNul(request: FastifyRequest) {
  const fields = [
    ...findNulFields(request.params, 'params'),
    ...findNulFields(request.query, 'query'),
    ...findNulFields(request.body, 'body'),
  ];
  if (fields.length === 0) return;
  const errors: FieldError[] = fields.map((field) => ({
    field,
    message: 'Недопустимый символ: нулевой байт (U+0000)',
  }));
  throw new AppError('VALIDATION_ERROR', {
    status: 400,
    detail: `Проверьте поля: ${fields.join(', ')}`,
    errors,
  });
}

async function requestBody(app: FastifyInstance) {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  // JSON is the only body the API takes: anything else (text/plain included) is a 415.
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const charset = charsetOf(request.headers['content-type']);
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
      done(
        new AppError('UNSUPPORTED_CHARSET', {
          status: 415,
          detail: `Кодировка ${charset} не поддерживается: отправьте тело запроса в UTF-8.`,
        }),
        undefined,
      );
      return;
    }
    let text: string;
    try {
      text = utf8.decode(body as Buffer);
    } catch {
      done(
        new AppError('INVALID_UTF8', {
          status: 400,
          detail: 'Тело запроса содержит байты, недопустимые в UTF-8.',
        }),
        undefined,
      );
      return;
    }
    parseJson(request, text, done);
  });
  // preValidation runs after parsing and the session checks, before any schema.
  app.addHook('preValidation', async (request) => rejectNul(request));
}

export default fp(requestBody, { name: 'request-body' });
