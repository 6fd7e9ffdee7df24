import { HIGHLIGHT_END as E, HIGHLIGHT_START as S } from '@registry/contracts/practices';
import { describe, expect, it } from 'vitest';
import { lexemesOf } from './catalogue-index/tsquery-terms';
import { highlightAll, snippet } from './search-highlights';

describe('highlights made from the query lexemes', () => {
  it('reads the lexemes of a tsquery, prefixes apart', () => {
    expect(lexemesOf("'семь' & ( 'подростк' | 'подростки':* ) & !'спорт' <-> 'д''арт'")).toEqual({
      exact: ['семь', 'подростк', 'спорт', "д'арт"],
      prefixes: ['подростки'],
    });
  });

  it('marks forms of a stem, not longer words that merely start with it', () => {
    const lexemes = lexemesOf("'дет' & 'семь'");
    expect(highlightAll('Дети и семьями, детектив', lexemes)).toBe(
      `${S}Дети${E} и ${S}семьями${E}, детектив`,
    );
  });

  it('marks any word a prefix starts, ё as е, and the parts of a hyphenated word', () => {
    const lexemes = lexemesOf("'замещающ':* | 'терап'");
    expect(highlightAll('«Замещающих» семей; арт-терапия', lexemes)).toBe(
      `«${S}Замещающих${E}» семей; ${S}арт-терапия${E}`,
    );
    expect(highlightAll('Ёлка', lexemesOf("'елк'"))).toBe(`${S}Ёлка${E}`);
  });

  it('cuts the body into at most two fragments around matches', () => {
    const words = Array.from({ length: 60 }, (_, i) => `слово${i}`);
    words[10] = 'подростки';
    words[50] = 'подростков';
    const text = words.join(' ');
    const result = snippet(text, lexemesOf("'подростк'"));
    const [first, second] = result.split(' … ');
    expect(first?.startsWith('слово6 ')).toBe(true);
    expect(first).toContain(`${S}подростки${E}`);
    expect(first?.split(' ')).toHaveLength(22);
    expect(second).toContain(`${S}подростков${E}`);
  });

  it('shows the opening words when the body has no match', () => {
    const text = 'Один два три четыре пять шесть семь восемь девять десять.';
    expect(snippet(text, lexemesOf("'подростк'"))).toBe('Один два три четыре пять шесть семь восемь');
  });
});
