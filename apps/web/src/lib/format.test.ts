import { describe, expect, it } from 'vitest';
import {
  formatCalendarDate,
  formatChange,
  formatCount,
  formatDateRange,
  formatDateTime,
  formatDateTimeMedium,
  formatDay,
  formatDeadline,
  formatMoscowDateTime,
  formatNumber,
  formatPercent,
  formatScore,
  formatTime,
  formatTimestamp,
  formatWeight,
  pluralRu,
} from './format';

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
    // Four digits are grouped too: «Найдено 4 135 практик», not «4135».
    expect(formatCount(4135)).toBe(`4${nb}135`);
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

const forms = ['регион', 'региона', 'регионов'] as const;

describe('pluralRu', () => {
  it.each([
    [1, 'регион'],
    [21, 'регион'],
    [2, 'региона'],
    [4, 'региона'],
    [22, 'региона'],
    [5, 'регионов'],
    [11, 'регионов'],
    [12, 'регионов'],
    [89, 'регионов'],
  ])('%i → %s', (count, expected) => {
    expect(pluralRu(count, forms)).toBe(expected);
  });
});

describe('calendar dates name a day, in any time zone', () => {
  it('shows a date as it was given', () => {
    expect(formatCalendarDate('2027-02-01')).toBe('1 февраля 2027 г.');
    expect(formatCalendarDate('2026-12-31')).toBe('31 декабря 2026 г.');
  });

  it('gives a range of days within a month once, otherwise in full', () => {
    expect(formatDateRange('2020-11-06', '2020-11-13')).toBe('6–13 ноября 2020 г.');
    expect(formatDateRange('2020-10-30', '2020-11-02')).toBe('30 октября 2020 г. — 2 ноября 2020 г.');
    expect(formatDateRange('2020-11-06', '2020-11-06')).toBe('6 ноября 2020 г.');
  });
});

describe('instants', () => {
  // Noon UTC is the same day from UTC−11 to UTC+11, so these hold in any reader's zone.
  const noon = '2026-12-01T12:00:00Z';

  it('a day, or a dash when there is none', () => {
    expect(formatDay(noon)).toBe('1 декабря 2026 г.');
    expect(formatDay(null)).toBe('—');
    expect(formatDay(undefined)).toBe('—');
  });

  it("a deadline is its day in Moscow, whatever the reader's zone", () => {
    // The API dates an assignment due on 1 December at 23:59:59.999 Moscow time (UTC+3).
    expect(formatDeadline('2026-12-01T20:59:59.999Z')).toBe('1 декабря 2026 г.');
    expect(formatDeadline('2026-12-01T21:00:00.000Z')).toBe('2 декабря 2026 г.');
  });

  it("a contest window is shown in Moscow time, whatever the reader's zone", () => {
    expect(formatMoscowDateTime(noon)).toBe('1 декабря 2026 г. в 15:00');
    expect(formatMoscowDateTime('2026-12-01T21:30:00Z')).toBe('2 декабря 2026 г. в 00:30');
  });

  it('date and time, in the long, table and log styles, and the time alone', () => {
    expect(formatDateTime(noon)).toMatch(/^1 декабря 2026 г\. в \d{2}:\d{2}$/);
    expect(formatDateTimeMedium(noon)).toMatch(/^1 дек\. 2026 г\., \d{2}:\d{2}$/);
    expect(formatTimestamp(noon)).toMatch(/^01\.12\.2026, \d{2}:\d{2}:00$/);
    expect(formatTime(noon)).toMatch(/^\d{2}:\d{2}$/);
    expect(formatTime(new Date(noon))).toBe(formatTime(noon));
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

describe('numbers, dates and plurals are formatted in one place', () => {
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

describe('dates and plurals too', () => {
  it('no component formats a date or picks a plural by itself (Intl.DateTimeFormat, Intl.PluralRules, toLocale…)', () => {
    const offenders = Object.entries(sources)
      .filter(([path]) => path !== './format.ts')
      .flatMap(([path, text]) =>
        text
          .split('\n')
          .map((line, index) => ({ line, at: `${path}:${index + 1}` }))
          .filter(({ line }) =>
            /Intl\.DateTimeFormat|Intl\.PluralRules|\.toLocale(Date|Time)?String\(/.test(line),
          )
          .map(({ at }) => at),
      );
    expect(offenders).toEqual([]);
  });
});
