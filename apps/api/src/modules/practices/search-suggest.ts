// «Возможно, вы имели в виду …»: when a search finds (almost) nothing, each word of the query
// that the catalogue does not know is replaced by the most similar word of public practices
// (pg_trgm trigram similarity over `search_words`), and the corrected query is proposed if it
// finds more. Typos anywhere in the query are caught, not only in the last word.
//
// `search_words` is derived data: the words of public practices' titles, summaries,
// organisations, partners and region names, plus the glossary's forms. It is rebuilt when the
// catalogue version moved on since the last build, at most every ten minutes and by one process
// at a time: a suggestion may miss a word published minutes ago, never a search result.
import type { Pool } from 'pg';
import { foldYo, type Glossary } from '../glossary';
import { MIN_WORD, rebuildWords, similarWords } from './search-words.repository';

const WORD = /[\p{L}\p{N}]+/gu;

const building = new WeakMap<Pool, Promise<void>>();
/** The catalogue version each pool's word list is known to be built for (no check needed). */
const builtFor = new WeakMap<Pool, string>();

/**
 * Brings the word list up to catalogue version `version` (one rebuild at a time per pool). Only
 * a process that has never seen the list waits; the others keep suggesting from the list they
 * have while it is rebuilt (a suggestion may lag a change, a search result never does).
 */
export function freshenWords(pool: Pool, version: string): Promise<void> {
  const known = builtFor.get(pool);
  if (known === version) return Promise.resolve();
  const run =
    building.get(pool) ??
    rebuildWords(pool)
      .then(() => void builtFor.set(pool, version))
      .finally(() => building.delete(pool));
  building.set(pool, run);
  if (known === undefined) return run;
  run.catch(() => {});
  return Promise.resolve();
}

/**
 * A corrected query for `q`, or null when every word is known, no similar word exists, or the
 * correction would find no more than `found` practices.
 */
export async function suggestQuery(
  pool: Pool,
  version: string,
  q: string,
  found: number,
  glossary: Glossary,
  countOf: (query: string) => Promise<number>,
): Promise<string | null> {
  const typed = [...foldYo(q).matchAll(WORD)].map((m) => ({ text: m[0], index: m.index ?? 0 }));
  const candidates = typed.filter(
    (w) => [...w.text].length >= MIN_WORD && !glossary.byForm.has(w.text.toLowerCase()),
  );
  if (candidates.length === 0) return null;
  await freshenWords(pool, version);
  const rows = await similarWords(
    pool,
    candidates.map((w) => w.text.toLowerCase()),
  );
  const replacements = new Map<number, string>();
  for (const row of rows) {
    const word = candidates[Number(row.i) - 1];
    if (word && row.best && row.best !== word.text.toLowerCase()) replacements.set(word.index, row.best);
  }
  if (replacements.size === 0) return null;
  // Rebuild the text with the replacements, keeping everything else as typed.
  const source = q; // same indices: foldYo swaps single characters
  let corrected = '';
  let at = 0;
  for (const w of typed) {
    const replacement = replacements.get(w.index);
    if (replacement === undefined) continue;
    corrected += source.slice(at, w.index) + replacement;
    at = w.index + w.text.length;
  }
  corrected += source.slice(at);
  return (await countOf(corrected)) > found ? corrected : null;
}
