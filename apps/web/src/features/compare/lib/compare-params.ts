// Which practices /compare shows, read from its URL alone (so a pasted link works): the
// `practices` parameter, slugs joined by commas (repeating the parameter works too).
import { PracticeSlugSchema } from '@registry/contracts/practice-passport';
import { COMPARE_PARAM, MAX_COMPARED } from '../../../lib/compare-selection';

export interface CompareParams {
  /** At most MAX_COMPARED valid, distinct slugs, in the order given. */
  slugs: string[];
  /** Values that cannot be a practice's address. */
  invalid: string[];
  /** Valid slugs past the first MAX_COMPARED. */
  extra: string[];
}

const MAX_SHOWN_VALUE = 60;

export function parseCompareParams(search: URLSearchParams): CompareParams {
  const values = search
    .getAll(COMPARE_PARAM)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const value of values) {
    if (!PracticeSlugSchema.safeParse(value).success) invalid.push(value.slice(0, MAX_SHOWN_VALUE));
    else if (!valid.includes(value)) valid.push(value);
  }
  return { slugs: valid.slice(0, MAX_COMPARED), invalid, extra: valid.slice(MAX_COMPARED) };
}
