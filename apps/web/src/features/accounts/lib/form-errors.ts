// Turns a failed request (or the form's own checks) into GOV.UK field messages and summary lines.
import type { SummaryError } from '../../../components/error-summary';
import { ApiError } from '../../../lib/api-error';
import { accountsMessages as m } from '../messages';

export interface FormErrors<F extends string> {
  fields: Partial<Record<F, string>>;
  summary: SummaryError[];
}

export const noErrors: FormErrors<string> = { fields: {}, summary: [] };

/** Field messages in the order of `fieldIds`, each also linked from the summary. */
export function fieldErrors<F extends string>(
  fields: Partial<Record<F, string>>,
  fieldIds: Record<F, string>,
): FormErrors<F> {
  const summary: SummaryError[] = [];
  for (const name of Object.keys(fieldIds) as F[]) {
    const message = fields[name];
    if (message) summary.push({ fieldId: fieldIds[name], message });
  }
  return { fields, summary };
}

/**
 * The API's problem: `body.<field>` errors go beside the fields named in `fieldIds`; anything
 * else (404, 409 without fields, 429…) is one summary line in the API's own words.
 */
export function problemErrors<F extends string>(error: unknown, fieldIds: Record<F, string>): FormErrors<F> {
  if (!(error instanceof ApiError)) return { fields: {}, summary: [{ message: m.offline }] };
  const fields: Partial<Record<F, string>> = {};
  for (const { field, message } of error.problem.errors ?? []) {
    const name = field.replace(/^body\./, '') as F;
    if (name in fieldIds && !fields[name]) fields[name] = message;
  }
  const result = fieldErrors(fields, fieldIds);
  if (result.summary.length === 0)
    result.summary.push({ message: error.problem.detail ?? error.problem.title });
  return result;
}
