// Highlighted copies of a card's text for a search: the title and organisation whole, the body
// as up to two fragments. Marks are the private-use characters HIGHLIGHT_START/END
// (packages/contracts/src/practices.ts), which the web turns into <mark>.
//
// Made here rather than with PostgreSQL's ts_headline, which re-parses every card's text on each
// search (about 0.2 ms a card, most of a search's database time, and on the embedded store all of
// it on the server's one thread). A word is marked when it is a form of one of the query's
// lexemes: the Russian stemmer only cuts endings, so a form starts with its stem and goes on by
// at most a few letters; a prefix lexeme (the last word, being typed) marks any word it starts.
import { HIGHLIGHT_END, HIGHLIGHT_START } from '@registry/contracts/practices';
import type { QueryLexemes } from './catalogue-index/tsquery-terms';

/** Letters a word form may add to its stem («семь» → «семьями»). */
const MAX_ENDING = 4;
/** Words of one body fragment at most, and of the opening shown when nothing matches there. */
const MAX_WORDS = 22;
const OPENING_WORDS = 8;
const WORDS_BEFORE_MATCH = 4;
const MAX_FRAGMENTS = 2;
const FRAGMENT_DELIMITER = ' … ';
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

const fold = (word: string) => word.toLowerCase().replaceAll('ё', 'е');

function isMatch(token: string, lexemes: QueryLexemes): boolean {
  const forms = [fold(token), ...(token.includes('-') ? fold(token).split('-') : [])];
  return forms.some(
    (form) =>
      lexemes.prefixes.some((prefix) => form.startsWith(prefix)) ||
      lexemes.exact.some((stem) => form.startsWith(stem) && form.length - stem.length <= MAX_ENDING),
  );
}

interface Token {
  start: number;
  end: number;
  hit: boolean;
}

function tokens(text: string, lexemes: QueryLexemes): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    hit: isMatch(m[0], lexemes),
  }));
}

/** `text` from token `from` to token `to` (exclusive), with the matching words marked. */
function marked(text: string, list: Token[], from: number, to: number): string {
  let out = '';
  let at = (list[from] as Token).start;
  for (let i = from; i < to; i++) {
    const token = list[i] as Token;
    out += text.slice(at, token.start);
    const word = text.slice(token.start, token.end);
    out += token.hit ? `${HIGHLIGHT_START}${word}${HIGHLIGHT_END}` : word;
    at = token.end;
  }
  return out;
}

/** The whole `text` with every matching word marked. */
export function highlightAll(text: string, lexemes: QueryLexemes): string {
  const list = tokens(text, lexemes);
  if (!list.length) return text;
  const last = list[list.length - 1] as Token;
  return text.slice(0, (list[0] as Token).start) + marked(text, list, 0, list.length) + text.slice(last.end);
}

/** Up to two fragments of `text` around its matching words, or its opening words without any. */
export function snippet(text: string, lexemes: QueryLexemes): string {
  const list = tokens(text, lexemes);
  if (!list.length) return '';
  const fragments: string[] = [];
  let next = 0;
  while (fragments.length < MAX_FRAGMENTS) {
    let hit = next;
    while (hit < list.length && !(list[hit] as Token).hit) hit++;
    if (hit >= list.length) break;
    const from = Math.max(next, hit - WORDS_BEFORE_MATCH);
    const to = Math.min(list.length, from + MAX_WORDS);
    fragments.push(marked(text, list, from, to));
    next = to;
  }
  return fragments.length
    ? fragments.join(FRAGMENT_DELIMITER)
    : marked(text, list, 0, Math.min(list.length, OPENING_WORDS));
}
