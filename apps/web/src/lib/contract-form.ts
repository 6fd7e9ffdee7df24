// Forms built with react-hook-form and checked by the contract's zod schema (through
// @hookform/resolvers/zod), so the form refuses what the API would refuse, in the same words.
// Whatever the API still refuses (rules only the server knows) comes back as a problem and lands
// on the same fields through lib/form-errors.ts. Both end up in one error summary.
import type { FieldError, FieldErrors, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { z } from 'zod';
import type { SummaryError } from '../components/error-summary';
import { type FieldIds, problemErrors } from './form-errors';

/** Typed text as a number: «4,5», «4.5» and «1 200» are numbers, empty is no value (null). */
export function readDecimal(text: string): number | null | undefined {
  const compact = text.trim().replace(',', '.').replace(/\s/g, '');
  if (compact === '') return null;
  const parsed = Number(compact);
  return Number.isNaN(parsed) ? undefined : parsed;
}

/**
 * A number field of a contract, read from a text input. Text that is no number is checked by
 * the contract as it is, so the form refuses it in the contract's own words («Введите число»).
 */
export function decimalText<T extends z.ZodType<unknown, number | null>>(schema: T) {
  return z.string().transform((text, ctx): z.output<T> => {
    const value = readDecimal(text);
    const result = schema.safeParse(value === undefined ? text : value);
    if (result.success) return result.data;
    for (const issue of result.error.issues)
      ctx.issues.push({ code: 'custom', message: issue.message, input: text });
    return z.NEVER;
  });
}

/** A field error of react-hook-form, told apart from a branch of nested errors. */
const isFieldError = (value: unknown): value is FieldError =>
  typeof value === 'object' && value !== null && typeof (value as FieldError).type === 'string';

function idOf(path: string, ids: FieldIds): string | undefined {
  if (typeof ids === 'function') return ids(path);
  const name = Object.keys(ids).find((key) => path === key || path.startsWith(`${key}.`));
  return name ? ids[name] : undefined;
}

/**
 * The first message at or under an error node: a list read from one control (lines of a
 * textarea, `expansions.1`) shows its items' errors beside that control, as the API's do.
 */
export function firstMessage(node: unknown): string | undefined {
  if (isFieldError(node) && node.message) return node.message;
  if (typeof node !== 'object' || node === null) return undefined;
  for (const [key, child] of Object.entries(node)) {
    if (key === 'ref') continue;
    const message = firstMessage(child);
    if (message) return message;
  }
  return undefined;
}

/**
 * The form's errors as the summary's lines, in the order the schema (or the API) reported them,
 * each linked to its control when `ids` knows it: the first message per control, as
 * `problemErrors` does for the API's.
 */
export function summaryOf(errors: FieldErrors, ids: FieldIds): SummaryError[] {
  const lines: SummaryError[] = [];
  const walk = (node: unknown, path: string) => {
    if (isFieldError(node) && node.message) {
      const fieldId = idOf(path, ids);
      if (fieldId && lines.some((line) => line.fieldId === fieldId)) return;
      lines.push(fieldId ? { fieldId, message: node.message } : { message: node.message });
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [key, child] of Object.entries(node)) {
      if (key === 'ref') continue;
      walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(errors, '');
  return lines;
}

/**
 * A failed request onto the form: each of the problem's field errors is set on its field
 * (type "server"), and the summary's lines are returned (lines no field shows included).
 */
export function applyProblem<T extends FieldValues>(
  setError: UseFormSetError<T>,
  error: unknown,
  ids: FieldIds,
  offline: string,
): SummaryError[] {
  const { fields, summary } = problemErrors<string>(error, ids, offline);
  for (const [name, message] of Object.entries(fields)) {
    if (message) setError(name as Path<T>, { type: 'server', message });
  }
  return summary;
}
