// The one way a form shows what went wrong, GOV.UK style: each message beside its field and in
// the error summary on top, linked to the field. A failed request's problem+json carries
// per-field `errors` (`field` like "body.contact.email", see lib/api-error.ts); they map onto the
// form's fields here, and only here.
import type { SummaryError } from '../components/error-summary';
import { ApiError } from './api-error';

/** Messages by field name (the API's path without "body.") and the summary's lines. */
export interface FormErrors<F extends string = string> {
  fields: Partial<Record<F, string>>;
  summary: SummaryError[];
}

export const noFormErrors: FormErrors<string> = { fields: {}, summary: [] };

/**
 * Where a field's message goes: field name → the id of its control, or, for nested fields
 * ("contact.email", "results.0.year"), a function from the API's path to that id.
 */
export type FieldIds<F extends string = string> = Record<F, string> | ((path: string) => string | undefined);

/** The form's own checks: messages in the order of `ids`, each linked from the summary. */
export function fieldErrors<F extends string>(
  fields: Partial<Record<F, string>>,
  ids: Record<F, string>,
): FormErrors<F> {
  const summary: SummaryError[] = [];
  for (const name of Object.keys(ids) as F[]) {
    const message = fields[name];
    if (message) summary.push({ fieldId: ids[name], message });
  }
  return { fields, summary };
}

/** The field (and its control's id) an API path is about: "regionCode" or "expertIds.1" → "expertIds". */
function locate<F extends string>(path: string, ids: FieldIds<F>): { name: string; id: string } | undefined {
  if (typeof ids === 'function') {
    const id = ids(path);
    return id ? { name: path, id } : undefined;
  }
  const name = (Object.keys(ids) as F[]).find((key) => path === key || path.startsWith(`${key}.`));
  return name ? { name, id: ids[name] } : undefined;
}

/**
 * A failed request as form errors. Field errors go beside their fields (the first message per
 * field) and into the summary in the API's order; one no field shows is a plain summary line.
 * A problem without field errors (404, 409, 429…) is one line in the API's own words; no answer
 * at all is the feature's `offline` line.
 */
export function problemErrors<F extends string>(
  error: unknown,
  ids: FieldIds<F>,
  offline: string,
): FormErrors<F> {
  if (!(error instanceof ApiError)) return { fields: {}, summary: [{ message: offline }] };
  const fields: Record<string, string> = {};
  const summary: SummaryError[] = [];
  for (const { field, message } of error.problem.errors ?? []) {
    const place = locate(field.replace(/^body\./, ''), ids);
    if (!place) summary.push({ message });
    else if (!(place.name in fields)) {
      fields[place.name] = message;
      summary.push({ fieldId: place.id, message });
    }
  }
  if (summary.length === 0) summary.push({ message: error.problem.detail ?? error.problem.title });
  return { fields: fields as Partial<Record<F, string>>, summary };
}
