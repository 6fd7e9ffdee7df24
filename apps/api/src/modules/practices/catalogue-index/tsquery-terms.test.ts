import { describe, expect, it } from 'vitest';
import { lexemeQuery, splitTsQuery, termAlternatives } from './tsquery-terms';

describe('splitting a tsquery into AND-ed terms', () => {
  it.each([
    ['', []],
    ["'семь'", [["'семь'", false]]],
    [
      "'семь' & 'подростк'",
      [
        ["'семь'", false],
        ["'подростк'", false],
      ],
    ],
    [
      "'семь' & ( 'замеща' | 'замещающ':* )",
      [
        ["'семь'", false],
        ["( 'замеща' | 'замещающ':* )", false],
      ],
    ],
    [
      "'школ' & !'спорт'",
      [
        ["'школ'", false],
        ["'спорт'", true],
      ],
    ],
    [
      "'приемн' <-> 'семь' & 'центр'",
      [
        ["'приемн' <-> 'семь'", false],
        ["'центр'", false],
      ],
    ],
    ["'a' | 'b' & 'c'", [["'a' | 'b' & 'c'", false]]],
    [
      "'o''brien' & 'x'",
      [
        ["'o''brien'", false],
        ["'x'", false],
      ],
    ],
    [
      "!'a' <-> 'b' & 'c'",
      [
        ["!'a' <-> 'b'", false],
        ["'c'", false],
      ],
    ],
    [
      "!( 'a' | 'b' ) & 'c'",
      [
        ["( 'a' | 'b' )", true],
        ["'c'", false],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(splitTsQuery(text).map((t) => [t.query, t.negated])).toEqual(expected);
  });
});

describe('a term as the alternatives it stands for', () => {
  it.each([
    ["'семь'", { exact: ['семь'], prefixes: [], others: [] }],
    [
      "'подростк' | 'подростки':* | 'подрост'",
      { exact: ['подростк', 'подрост'], prefixes: ['подростки'], others: [] },
    ],
    ["( 'замеща' | ( 'замещающ':* ) )", { exact: ['замеща'], prefixes: ['замещающ'], others: [] }],
    ["'д''артаньян'", { exact: ["д'артаньян"], prefixes: [], others: [] }],
    [
      "'опек' | 'опек' <-> 'попечительств' | ( 'нко' & 'сонк' )",
      { exact: ['опек'], prefixes: [], others: ["'опек' <-> 'попечительств'", "'нко' & 'сонк'"] },
    ],
    ["'семь':A", { exact: [], prefixes: [], others: ["'семь':A"] }],
    ["'семь' & 'школ'", { exact: [], prefixes: [], others: ["'семь' & 'школ'"] }],
    ["!'спорт'", { exact: [], prefixes: [], others: ["!'спорт'"] }],
    ["''", { exact: [], prefixes: [], others: ["''"] }],
  ])('%s', (query, expected) => {
    expect(termAlternatives(query)).toEqual(expected);
  });

  it('quotes a lexeme back into a tsquery', () => {
    expect(lexemeQuery("д'артаньян")).toBe("'д''артаньян'");
  });
});
