// SQL of the suggestions' word list (`search_words`, see search-suggest.ts): its rebuild, one
// process at a time under an advisory lock, and the most similar known word for each unknown one.
import { PUBLIC_STATUSES } from '@registry/contracts/practice-enums';
import type { Pool } from 'pg';

const PUBLIC = `(${PUBLIC_STATUSES.map((s) => `'${s}'`).join(', ')})`;
/** Shorter words are neither listed nor corrected. */
export const MIN_WORD = 3;

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

/** Rebuilds the word list when the catalogue moved on and it is due (see WORDS_MAX_AGE). */
export async function rebuildWords(pool: Pool): Promise<void> {
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

/**
 * For each word (by its 1-based position `i`) that neither the word list nor the catalogue's
 * index knows, the most similar listed word, if any.
 */
export async function similarWords(pool: Pool, words: string[]) {
  const { rows } = await pool.query<{ i: string; best: string | null }>(
    `SELECT q.i, (SELECT s.word FROM search_words s WHERE s.word % q.w
                   ORDER BY similarity(s.word, q.w) DESC, s.ndoc DESC, s.word LIMIT 1) AS best
       FROM unnest($1::text[]) WITH ORDINALITY AS q(w, i)
      WHERE NOT EXISTS (SELECT 1 FROM search_words s WHERE s.word = q.w)
        AND NOT EXISTS (SELECT 1 FROM catalogue_search s WHERE s.search_vector @@ plainto_tsquery('russian', q.w))`,
    [words],
  );
  return rows;
}
