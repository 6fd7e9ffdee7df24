import { describe, expect, it } from 'vitest';
import { formatChange, formatCount, formatNumber, formatPercent, formatScore, formatWeight } from './format';

// Intl puts a no-break space between thousands and before «%»; spelled out here to be explicit.
const nb = '\u00a0';

describe('the one Russian number format', () => {
  it.each([
    [4.5, '4,5'],
    [4, '4'],
    [0.25, '0,25'],
    [1.005, '1,01'],
    [12000, `12${nb}000`],
    [1234567.891, `1${nb}234${nb}567,89`],
    [-3.5, '-3,5'],
  ])('formatNumber(%s) is «%s»', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it('counts, scores, weights, percentages and changes', () => {
    expect(formatCount(12000)).toBe(`12${nb}000`);
    expect(formatCount(999)).toBe('999');
    expect(formatScore(4.5)).toBe('4,5');
    expect(formatScore(4.333)).toBe('4,33');
    expect(formatScore(null)).toBe('—');
    expect(formatWeight(1.5)).toBe('1,5');
    expect(formatPercent(3.1)).toBe(`3,1${nb}%`);
    expect(formatChange(9.8, 3.1, '%')).toBe(`9,8 → 3,1${nb}%`);
    expect(formatChange(120, 1500.5, 'чел.')).toBe(`120 → 1${nb}500,5${nb}чел.`);
    expect(formatChange(1, 2)).toBe('1 → 2');
  });
});

// Every source file of the web app, as text (Vite reads them at test time).
const sources = import.meta.glob<string>(
  ['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts', '!../**/*.test.tsx'],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
);

describe('numbers are formatted in one place', () => {
  it('reads the sources it checks', () => {
    expect(Object.keys(sources)).toContain('../features/contests/components/ranked-entries.tsx');
  });

  it('no component formats a number by itself (toFixed, toLocaleString, Intl.NumberFormat)', () => {
    const offenders = Object.entries(sources)
      .filter(([path]) => path !== './format.ts')
      .flatMap(([path, text]) =>
        text
          .split('\n')
          .map((line, index) => ({ line, at: `${path}:${index + 1}` }))
          .filter(({ line }) => /\.toFixed\(|\.toLocaleString\(|Intl\.NumberFormat/.test(line))
          .map(({ at }) => at),
      );
    expect(offenders).toEqual([]);
  });
});
