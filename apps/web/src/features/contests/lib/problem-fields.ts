// Turns a failed request into GOV.UK field messages and summary lines.
import type { SummaryError } from '../../../components/error-summary';
import { ApiError } from '../../../lib/api-error';
import { contestMessages as m } from '../messages';

export interface FormErrors {
  fields: Record<string, string>;
  summary: SummaryError[];
}

export const noErrors: FormErrors = { fields: {}, summary: [] };

/** `body.<field>` errors go beside the fields in `ids`; anything else is one summary line. */
export function problemFields(error: unknown, ids: Record<string, string>): FormErrors {
  if (!error) return noErrors;
  if (!(error instanceof ApiError)) return { fields: {}, summary: [{ message: m.offline }] };
  const fields: Record<string, string> = {};
  const summary: SummaryError[] = [];
  for (const { field, message } of error.problem.errors ?? []) {
    const name = field.replace(/^body\./, '');
    const id = ids[name];
    if (id && !fields[name]) {
      fields[name] = message;
      summary.push({ fieldId: id, message });
    }
  }
  if (summary.length === 0) summary.push({ message: error.problem.detail ?? error.problem.title });
  return { fields, summary };
}
