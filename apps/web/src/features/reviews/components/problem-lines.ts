import type { SummaryError } from '../../../components/error-summary';
import { ApiError } from '../../../lib/api-error';
import { reviewMessages as m } from '../messages';

/** A failed request as summary lines: each field error in the API's words, or its detail. */
export function problemLines(error: unknown, fieldIds: Record<string, string> = {}): SummaryError[] {
  if (!(error instanceof ApiError)) return [{ message: m.offline }];
  const fields = error.problem.errors ?? [];
  if (fields.length === 0) return [{ message: error.problem.detail ?? error.problem.title }];
  return fields.map(({ field, message }) => {
    const key = Object.keys(fieldIds).find((prefix) => field.startsWith(prefix));
    return key ? { fieldId: fieldIds[key] as string, message } : { message };
  });
}
