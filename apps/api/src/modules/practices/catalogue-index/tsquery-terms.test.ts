import { describe, expect, it } from 'vitest';
import { splitTsQuery } from './tsquery-terms';

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
