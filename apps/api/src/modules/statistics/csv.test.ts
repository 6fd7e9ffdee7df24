import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('CSV fields', () => {
  it.each([
    ['plain Cyrillic text stays as it is', 'Тюменская область', 'Тюменская область'],
    ['a comma is quoted', 'Школа, семья', '"Школа, семья"'],
    ['a semicolon is quoted (Excel in Russian locales splits on it)', 'а;б', '"а;б"'],
    ['quotes are doubled inside quotes', 'Практика «Семья» "Вместе"', '"Практика «Семья» ""Вместе"""'],
    ['a line break is quoted', 'строка 1\nстрока 2', '"строка 1\nстрока 2"'],
    ['edge spaces are kept by quoting', ' отступ', '" отступ"'],
    ['a formula is neutralised', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['a leading minus in text is neutralised', '-1+1', "'-1+1"],
    ['an at sign is neutralised', '@SUM(A1)', "'@SUM(A1)"],
    ['empty text is empty', '', ''],
  ])('%s', (_label, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes numbers as numbers, negative ones too, and nothing for null', () => {
    expect(csvField(12)).toBe('12');
    expect(csvField(-3.5)).toBe('-3.5');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });
});

describe('a CSV table', () => {
  it('starts with a BOM, ends lines with CRLF and has the header first', () => {
    const csv = toCsv(
      ['Регион', 'Практик'],
      [
        ['Свердловская область', 2],
        ['Тюменская, область', 4],
      ],
    );
    expect(csv).toBe('\uFEFFРегион,Практик\r\nСвердловская область,2\r\n"Тюменская, область",4\r\n');
  });

  it('writes only the header for an empty table', () => {
    expect(toCsv(['a', 'b'], [])).toBe('\uFEFFa,b\r\n');
  });
});
