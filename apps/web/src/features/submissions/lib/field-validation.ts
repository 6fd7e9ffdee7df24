// Checks one passport field with the same zod rule the API applies, and words the problem in
// Russian: the draft is saved field by field, so an invalid field is held back and explained.
import { PassportInputSchema } from '@registry/contracts/practice-passport';
import type { z } from 'zod';
import { submissionMessages as m } from '../messages';
import type { PassportField } from './steps';

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? m.required : m.tooShort(min);
      if (issue.origin === 'array') return m.chooseAtLeastOne;
      return m.invalidValue;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return m.tooLong(max);
      if (issue.origin === 'array') return m.tooMany(max);
      return m.invalidValue;
    }
    case 'invalid_type':
    case 'invalid_value':
      return m.required;
    case 'invalid_format':
      if (issue.format === 'email') return m.invalidEmail;
      if (issue.format === 'url') return m.invalidUrl;
      return issue.message;
    default:
      return m.invalidValue;
  }
}

/** The first problem with a field's value, or null when the API would accept it. */
export function validateField(field: PassportField, value: unknown): string | null {
  const schema = PassportInputSchema.shape[field];
  const result = schema.safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues[0];
  if (!issue) return m.invalidValue;
  const numeric = issue.code === 'too_small' || issue.code === 'too_big';
  if (numeric && (issue.origin === 'number' || issue.origin === 'int') && field.endsWith('Year')) {
    return m.numberRange(1990, 2100);
  }
  // Rows of a list (indicators, contacts, links) are named by number; the rest speaks for itself.
  const row = typeof issue.path[0] === 'number' ? `№${issue.path[0] + 1}: ` : '';
  return `${row}${describeIssue(issue)}`;
}
