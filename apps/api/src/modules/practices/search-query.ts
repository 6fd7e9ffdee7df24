// Turns what a visitor typed into a PostgreSQL tsquery expression, a pure function of the text
// and the glossary (docs/decisions/008). Same configuration as the `search_vector` column
// ('russian', ё folded into е).
//
// - A word or phrase the glossary knows («СОНКО», «аутизм», «foster family») matches any of its
//   entry's forms, each as a phrase («социально ориентированная некоммерческая организация»).
// - The last word, while still being typed, also matches as a prefix ("замещающ" finds
//   «замещающих»), but only from 3 letters on, and not when typed in capitals (an abbreviation
//   is a whole word: «РАС» must not find «расширенной»).
// - A query of single letters is refused: it would otherwise match almost everything.
// - With search operators ("phrase", -word, or) the query is taken literally (websearch syntax).
//
// Why the prefix term is more than `word:*`: the index holds Russian stems, and a half-typed
// word can already be longer than its stem ("замещающ" vs the stem "замеща"). So the last word
// matches a lexeme that starts with it, or a lexeme that it starts with (one of its own
// shortenings, down to 3 letters and at most 5 letters shorter).
import { AppError } from '../../lib/app-error';
import type { SqlParams } from '../../lib/sql-params';
import { allForms, foldYo, type Glossary, normaliseForm, WORD } from '../glossary';

// The glossary's side of search lives in the glossary module; its tests read it from here.
export { compileGlossary, EMPTY_GLOSSARY, normaliseForm } from '../glossary';

/** What one typed word or phrase was expanded with, for the result page. */
export interface Expansion {
  typed: string;
  forms: string[];
}

export interface SearchQuery {
  /** SQL of the tsquery, or null when there is nothing to search for. */
  sql: string | null;
  expandedWith: Expansion[];
}

const MIN_PREFIX = 3;

const isCapitals = (word: string) => word.length >= 2 && /\p{Lu}/u.test(word) && word === word.toUpperCase();

function prefixTerm(word: string, params: SqlParams): string {
  const lower = word.toLowerCase();
  const shortenings = [];
  // Not too short: «сахалин» must not find «Саха» through the shortening «саха».
  const shortest = Math.max(MIN_PREFIX, Math.ceil(lower.length * 0.75), lower.length - 5);
  for (let length = lower.length - 1; length >= shortest; length--) shortenings.push(lower.slice(0, length));
  const prefixQuery = [`${lower}:*`, ...shortenings].join(' | ');
  const whole = `plainto_tsquery('russian', ${params.add(word)})`;
  // A stop word («сейчас») is not in the index at all, so its prefix would match nothing: it
  // drops out of the query instead, as the stemmer drops it everywhere else.
  return `(CASE WHEN ${whole} = ''::tsquery THEN ''::tsquery
            ELSE ${whole} || to_tsquery('simple', ${params.add(prefixQuery)}) END)`;
}

const refuse = (detail: string) =>
  new AppError('QUERY_TOO_SHORT', { status: 400, detail, errors: [{ field: 'query.q', message: detail }] });

/** The tsquery of `q` expanded through `glossary`; throws a 400 for a query of single letters. */
export function buildSearchQuery(q: string | undefined, glossary: Glossary, params: SqlParams): SearchQuery {
  const text = foldYo(q ?? '').trim();
  if (!text) return { sql: null, expandedWith: [] };
  const words = text.match(WORD) ?? [];
  // Punctuation only: a search that finds nothing, as the stemmer would make of it.
  if (words.length === 0) return { sql: "''::tsquery", expandedWith: [] };
  if (words.every((word) => [...word].length < 2)) {
    throw refuse('Запрос из отдельных букв ничего не уточняет: напишите хотя бы одно слово');
  }
  if (/["]|(^|\s)-|\sor\s/i.test(text)) {
    return { sql: `websearch_to_tsquery('russian', ${params.add(text)})`, expandedWith: [] };
  }
  const terms: string[] = [];
  const expandedWith: Expansion[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let n = Math.min(glossary.longest, words.length - i); n >= 1 && !matched; n--) {
      const typed = words.slice(i, i + n);
      const entry = glossary.byForm.get(normaliseForm(typed.join(' ')));
      if (!entry) continue;
      const key = normaliseForm(typed.join(' '));
      const forms = allForms(entry).filter((form) => normaliseForm(form) !== key);
      const all = [typed.join(' '), ...forms].map(
        (form) => `phraseto_tsquery('russian', ${params.add(foldYo(form))})`,
      );
      terms.push(`(${all.join(' || ')})`);
      expandedWith.push({ typed: typed.join(' '), forms });
      matched = n;
    }
    if (matched) {
      i += matched;
      continue;
    }
    const word = words[i] as string;
    const isLast = i === words.length - 1;
    // Single letters in a longer query are noise (mostly prepositions the stemmer drops anyway).
    if ([...word].length >= 2) {
      terms.push(
        isLast && [...word].length >= MIN_PREFIX && !isCapitals(word)
          ? prefixTerm(word, params)
          : `plainto_tsquery('russian', ${params.add(word)})`,
      );
    }
    i += 1;
  }
  return { sql: terms.length === 1 ? (terms[0] as string) : `(${terms.join(' && ')})`, expandedWith };
}
