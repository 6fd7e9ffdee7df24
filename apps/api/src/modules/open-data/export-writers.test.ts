import { describe, expect, it } from 'vitest';
import { csvCell } from './export-writers';

describe('csvCell', () => {
  it.each([
    ['=1+1', `"'=1+1"`],
    ['+7 900 000-00-00', `"'+7 900 000-00-00"`],
    ['-2', `"'-2"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tTAB', `"'\tTAB"`],
    ['Обычный текст, с запятой и "кавычками"', '"Обычный текст, с запятой и ""кавычками"""'],
  ])('makes %j safe for a spreadsheet', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes numbers, booleans, dates, lists and empty values as plain values', () => {
    expect(csvCell(-2.5)).toBe('-2.5');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(new Date('2026-12-06T10:00:00Z'))).toBe('"2026-12-06T10:00:00.000Z"');
    expect(csvCell(['a', 'b'])).toBe('"a; b"');
  });
});
