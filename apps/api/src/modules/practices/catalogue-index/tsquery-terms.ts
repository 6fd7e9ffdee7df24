// Splits a tsquery (as PostgreSQL prints it) into the terms that are AND-ed at its top level, so
// each term's matches can be kept in the term index and combined in memory: «семья подростки»
// becomes 'семь' and 'подростк', each looked up once, whatever filters come with them.
// Precedence in tsquery text: ! binds tightest, then <->, then &, then |. A top-level | makes
// the whole query one term.

export interface TsTerm {
  /** A tsquery text that PostgreSQL reads back with ::tsquery. */
  query: string;
  /** `!term` at the top level: practices matching it are taken out. */
  negated: boolean;
}

/** The top-level pieces of `text` between `separator`s, outside quotes and parentheses. */
function topLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === "'" && text[i + 1] === "'") i++;
      else if (ch === "'") quoted = false;
    } else if (ch === "'") quoted = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (depth === 0 && ch === separator) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter(Boolean);
}

/** True when `text` is one quoted lexeme (with an optional :* or weight suffix) or one (group). */
function isSingleOperand(text: string): boolean {
  if (/^'(?:[^']|'')*'(?::[*A-D]+)?$/.test(text)) return true;
  if (!text.startsWith('(') || !text.endsWith(')')) return false;
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === "'" && text[i + 1] === "'") i++;
      else if (ch === "'") quoted = false;
    } else if (ch === "'") quoted = true;
    else if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth === 0 && i < text.length - 1) return false;
    }
  }
  return true;
}

export function splitTsQuery(text: string): TsTerm[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  if (topLevel(trimmed, '|').length > 1) return [{ query: trimmed, negated: false }];
  return topLevel(trimmed, '&').map((part) => {
    const rest = part.slice(1).trim();
    if (part.startsWith('!') && isSingleOperand(rest)) return { query: rest, negated: true };
    return { query: part, negated: false };
  });
}

const LEXEME = /^'((?:[^'\\]|'')*)'(:\*)?$/;

/** `text` without the parentheses around all of it, if it is one (group). */
function unwrap(text: string): string {
  let inner = text.trim();
  while (inner.startsWith('(') && inner.endsWith(')') && isSingleOperand(inner))
    inner = inner.slice(1, -1).trim();
  return inner;
}

/**
 * The alternatives of a term joined by | at its top level ('подростк' | 'подрост':* |
 * 'опек' <-> 'попечительств'): lexemes, prefixes, and anything else (a phrase, a weight, an
 * AND) as tsquery texts of their own. A term without | is its own single alternative.
 */
export function termAlternatives(query: string): { exact: string[]; prefixes: string[]; others: string[] } {
  const exact: string[] = [];
  const prefixes: string[] = [];
  const others: string[] = [];
  const walk = (text: string): void => {
    const alternatives = topLevel(unwrap(text), '|');
    if (alternatives.length > 1) {
      for (const alternative of alternatives) walk(alternative);
      return;
    }
    const operand = alternatives[0] ?? '';
    const match = LEXEME.exec(operand);
    const word = match ? (match[1] as string).replaceAll("''", "'") : '';
    if (!word) others.push(operand);
    else (match?.[2] ? prefixes : exact).push(word);
  };
  walk(query);
  return { exact, prefixes, others };
}

/** The tsquery text matching exactly the lexeme `word`. */
export const lexemeQuery = (word: string): string => `'${word.replaceAll("'", "''")}'`;

export interface QueryLexemes {
  exact: string[];
  prefixes: string[];
}

/** The lexemes of a tsquery's text (PostgreSQL's form: 'семь' & 'подростк':* …). */
export function lexemesOf(tsQuery: string): QueryLexemes {
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  for (const match of tsQuery.matchAll(/'((?:[^']|'')+)'(:\*)?/g)) {
    const word = (match[1] as string).replaceAll("''", "'");
    (match[2] ? prefixes : exact).add(word);
  }
  return { exact: [...exact], prefixes: [...prefixes] };
}
