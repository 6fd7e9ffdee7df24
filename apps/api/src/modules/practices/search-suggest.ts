// «Возможно, вы имели в виду …»: when a search finds (almost) nothing, each word of the query
// that the catalogue does not know is replaced by the most similar word of public practices
// (pg_trgm trigram similarity over `search_words`), and the corrected query is proposed if it
// finds more. Typos anywhere in the query are caught, not only in the last word.
//
// `search_words` is derived data: the words of public practices' titles, summaries,
// organisations, partners and region names, plus the glossary's forms. It is rebuilt when the
// catalogue version moved on since the last build, at most every ten minutes and by one process
// at a time: a suggestion may miss a word published minutes ago, never a search result.
import { PUBLIC_STATUSES } from '@registry/contracts/practice-enums';
import type { Pool } from 'pg';
import { foldYo, type Glossary } from './search-query';

const PUBLIC = `(${PUBLIC_STATUSES.map((s) => `'${s}'`).join(', ')})`;
const WORD = /[\p{L}\p{N}]+/gu;
const MIN_WORD = 3;

// ts_stat over 'simple' vectors lists each distinct lower-cased word with its document count.
const REBUILD = `
  WITH words AS (
    SELECT word, ndoc FROM ts_stat($$
      SELECT to_tsvector('simple', translate(concat_ws(' ', p.title, p.summary, p.organisation_name, p.partners,
                                                        r.name_ru, r.capital_ru), 'ёЁ', 'еЕ'))
        FROM practices p JOIN regions r ON r.code = p.region_code
       WHERE p.status IN ${PUBLIC}$$)
    UNION ALL
    SELECT word, 1 FROM ts_stat($$
      SELECT to_tsvector('simple', translate(concat_ws(' ', term, array_to_string(expansions, ' '),
                                                        array_to_string(synonyms, ' ')), 'ёЁ', 'еЕ'))
        FROM glossary_entries$$)
  )
  INSERT INTO search_words (word, ndoc)
  SELECT word, sum(ndoc)::int FROM words
   WHERE char_length(word) >= ${MIN_WORD} AND word !~ '^[0-9]+$'
   GROUP BY word`;

/** How stale the word list may get once the catalogue changed: it only feeds suggestions. */
const WORDS_MAX_AGE = "interval '10 minutes'";
/** Advisory lock held while one process rebuilds the word list (others keep using theirs). */
const WORDS_LOCK = 72707371;

async function rebuildWords(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{
      locked: boolean;
      catalogue: string;
      words: string | null;
      due: boolean;
    }>(
      `SELECT pg_try_advisory_xact_lock(${WORDS_LOCK}) AS locked,
              (SELECT value FROM app_settings WHERE key = 'catalogue_version') AS catalogue,
              (SELECT value FROM app_settings WHERE key = 'search_words_version') AS words,
              coalesce((SELECT value::timestamptz < now() - ${WORDS_MAX_AGE}
                          FROM app_settings WHERE key = 'search_words_built_at'), true) AS due`,
    );
    const { locked, catalogue, words, due } = rows[0] ?? {
      locked: false,
      catalogue: '0',
      words: null,
      due: false,
    };
    // A full rebuild reads every public practice: once at first, then at most every ten minutes
    // while the catalogue changes, by one process at a time.
    if (locked && catalogue !== words && (words === null || due)) {
      await client.query('DELETE FROM search_words');
      await client.query(REBUILD);
      await client.query(
        `INSERT INTO app_settings (key, value) VALUES ('search_words_version', $1), ('search_words_built_at', now()::text)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        [catalogue],
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

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
  const { rows } = await pool.query<{ i: string; best: string | null }>(
    `SELECT q.i, (SELECT s.word FROM search_words s WHERE s.word % q.w
                   ORDER BY similarity(s.word, q.w) DESC, s.ndoc DESC, s.word LIMIT 1) AS best
       FROM unnest($1::text[]) WITH ORDINALITY AS q(w, i)
      WHERE NOT EXISTS (SELECT 1 FROM search_words s WHERE s.word = q.w)
        AND NOT EXISTS (SELECT 1 FROM catalogue_search s WHERE s.search_vector @@ plainto_tsquery('russian', q.w))`,
    [candidates.map((w) => w.text.toLowerCase())],
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
