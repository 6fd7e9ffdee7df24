// Page addresses made from titles: «Школа ответственного родительства» → shkola-otvetstvennogo-roditelstva.
// Transliteration is @sindresorhus/transliterate (Russian rules: щ → sch, ж → zh, ъ/ь dropped).
import transliterate from '@sindresorhus/transliterate';

export const SLUG_MAX_LENGTH = 120;
/** Room left for a "-2", "-3"… suffix when the base is taken. */
const BASE_MAX_LENGTH = 80;
const FALLBACK = 'praktika';

/** A slug base for a title: lowercase latin, digits and single hyphens, cut at a word boundary. */
export function slugFromTitle(title: string): string {
  const words = transliterate(title)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let slug = words;
  if (slug.length > BASE_MAX_LENGTH) {
    const cut = slug.slice(0, BASE_MAX_LENGTH + 1);
    const lastHyphen = cut.lastIndexOf('-');
    slug = (lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut.slice(0, BASE_MAX_LENGTH)).replace(/-+$/, '');
  }
  return slug.length >= 3 ? slug : FALLBACK;
}

/** The first of base, base-2, base-3… that `taken` does not hold. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
