// Turns what a visitor typed into a PostgreSQL tsquery expression. Same configuration as the
// `search_vector` column ('russian', ё folded into е). websearch_to_tsquery gives the familiar
// syntax ("quoted phrase", -exclude, or); the last word, while still being typed, also matches
// as a prefix ("замещающ" finds «замещающих»).
//
// Why the prefix term is more than `word:*`: the index holds Russian stems, and a half-typed
// word can already be longer than its stem ("замещающ" vs the stem "замеща"). So the last word
// matches a lexeme that starts with it, or a lexeme that it starts with (one of its own
// shortenings, down to 3 letters and at most 5 letters shorter).
import type { SqlParams } from '../../lib/sql-params';

const LAST_WORD = /(^|[\s(])([\p{L}\p{N}]+)$/u;

export function foldYo(text: string): string {
  return text.replaceAll('ё', 'е').replaceAll('Ё', 'Е');
}

/** SQL for the tsquery of `q`, or null when there is nothing to search for. */
export function tsQuerySql(q: string | undefined, params: SqlParams): string | null {
  const text = foldYo(q ?? '').trim();
  if (!text) return null;
  // With search operators ("phrase", -word, or) the query is taken literally, no prefix.
  const hasOperators = /["]|(^|\s)-|\sor\s/i.test(text);
  const last = hasOperators ? null : LAST_WORD.exec(text);
  if (!last?.[2]) return `websearch_to_tsquery('russian', ${params.add(text)})`;
  const word = last[2];
  const head = text.slice(0, text.length - word.length).trim();
  const lower = word.toLowerCase();
  const shortenings = [];
  for (let length = lower.length - 1; length >= Math.max(3, lower.length - 5); length--) {
    shortenings.push(lower.slice(0, length));
  }
  const prefixQuery = [`${lower}:*`, ...shortenings].join(' | ');
  const lastTerm = `(websearch_to_tsquery('russian', ${params.add(word)}) || to_tsquery('simple', ${params.add(prefixQuery)}))`;
  return head ? `(websearch_to_tsquery('russian', ${params.add(head)}) && ${lastTerm})` : lastTerm;
}
