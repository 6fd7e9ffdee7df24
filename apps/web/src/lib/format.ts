// Every number, date, time and plural the app shows is formatted here, in Russian (ru-RU), so a
// page never formats by itself and one change of style reaches every page
// (`format.test.ts` fails if a component calls Intl or toLocale… on its own).
//
// Numbers: decimal comma («4,5»), thousands grouped with a no-break space («12 000»),
// percentages with a no-break space before «%». CSV downloads are made by the API and keep
// machine-readable numbers (a dot, no grouping).
//
// Dates come in two kinds, and each formatter says which it takes:
// - a calendar date («2027-02-01»: an adoption's start, a contest's days) names a day, not an
//   instant: it is read and shown in UTC, so no time zone can move it to the day before;
// - an instant (an ISO date-time: a save, an event, a decision) is shown in the reader's own
//   time zone, except deadlines, which are days in Moscow time (an assignment is due at the end
//   of its day in Moscow, see the API's `dueAtOf`) and are shown as that Moscow day.

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(minFraction: number, maxFraction: number): Intl.NumberFormat {
  const key = `${minFraction}:${maxFraction}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('ru-RU', {
      minimumFractionDigits: minFraction,
      maximumFractionDigits: maxFraction,
      // «4 135», not «4135»: some ICU data group Russian numbers only from five digits.
      useGrouping: 'always',
    });
    formats.set(key, format);
  }
  return format;
}

/** 4.5 → «4,5», 12000 → «12 000», 1.005 → «1,01»: up to `maxFraction` decimals, none forced. */
export function formatNumber(value: number, maxFraction = 2): string {
  return numberFormat(0, maxFraction).format(value);
}

/** A file's size as a reader says it: «850 байт», «340 КБ», «2,4 МБ» (binary units, as file managers show). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${formatCount(bytes)} ${pluralRu(bytes, ['байт', 'байта', 'байт'])}`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), 0)} КБ`;
  return `${formatNumber(bytes / (1024 * 1024), 1)} МБ`;
}

/** A count: 12000 → «12 000». */
export const formatCount = (value: number): string => numberFormat(0, 0).format(value);

/** A 1–5 score or a mean of scores, to two decimals: 4.5 → «4,5», 4.333 → «4,33»; null → «—». */
export const formatScore = (value: number | null): string => (value === null ? '—' : formatNumber(value, 2));

/** A criterion's weight: 1.5 → «1,5». */
export const formatWeight = (value: number): string => formatNumber(value, 2);

/** A percentage given in percent: 3.1 → «3,1 %». */
export const formatPercent = (value: number, maxFraction = 1): string =>
  `${formatNumber(value, maxFraction)}\u00a0%`;

/** A change of a measured value: «9,8 → 3,1 %» (the unit once, after the second figure). */
export function formatChange(from: number, to: number, unit = ''): string {
  const suffix = unit === '%' ? '\u00a0%' : unit ? `\u00a0${unit}` : '';
  return `${formatNumber(from)} → ${formatNumber(to)}${suffix}`;
}

const pluralRules = new Intl.PluralRules('ru');

/** Russian noun form for a count: pluralRu(6, ['регион', 'региона', 'регионов']) → 'регионов'. */
export function pluralRu(count: number, [one, few, many]: readonly [string, string, string]): string {
  const category = pluralRules.select(count);
  if (category === 'one') return one;
  if (category === 'few') return few;
  return many;
}

const MOSCOW = 'Europe/Moscow';
const longDay = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'long' });
const longCalendarDay = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'long', timeZone: 'UTC' });
const longMoscowDay = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'long', timeZone: MOSCOW });
const longMoscowDateTime = new Intl.DateTimeFormat('ru-RU', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: MOSCOW,
});
const longDateTime = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'long', timeStyle: 'short' });
const mediumDateTime = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'medium', timeStyle: 'short' });
const shortDateTime = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'short', timeStyle: 'medium' });
const clockTime = new Intl.DateTimeFormat('ru-RU', { timeStyle: 'short' });

const calendarDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** A calendar date: «2027-02-01» → «1 февраля 2027 г.», whatever the reader's zone. */
export const formatCalendarDate = (day: string): string => longCalendarDay.format(calendarDate(day));

/** Two calendar dates: «6–13 ноября 2020 г.», in full when the months differ, one date when equal. */
export function formatDateRange(startsOn: string, endsOn: string): string {
  const a = calendarDate(startsOn);
  const b = calendarDate(endsOn);
  if (startsOn === endsOn) return longCalendarDay.format(a);
  if (a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth())
    return `${a.getUTCDate()}–${longCalendarDay.format(b)}`;
  return `${longCalendarDay.format(a)} — ${longCalendarDay.format(b)}`;
}

/** An instant's day in the reader's zone: «1 декабря 2026 г.»; nothing → «—». */
export const formatDay = (iso: string | null | undefined): string =>
  iso ? longDay.format(new Date(iso)) : '—';

/** A deadline's day in Moscow time (where deadlines are set): «1 декабря 2026 г.». */
export const formatDeadline = (iso: string): string => longMoscowDay.format(new Date(iso));

/**
 * An instant as Moscow time, for times set in Moscow (a contest's window for entries):
 * «1 декабря 2026 г. в 14:05»; the caller says «по московскому времени» beside it.
 */
export const formatMoscowDateTime = (iso: string): string => longMoscowDateTime.format(new Date(iso));

/** An instant in the reader's zone: «1 декабря 2026 г. в 14:05». */
export const formatDateTime = (iso: string): string => longDateTime.format(new Date(iso));

/** An instant in a table, in the reader's zone: «1 дек. 2026 г., 14:05». */
export const formatDateTimeMedium = (iso: string): string => mediumDateTime.format(new Date(iso));

/** An instant to the second, in the reader's zone (the security log): «01.12.2026, 14:05:33». */
export const formatTimestamp = (iso: string): string => shortDateTime.format(new Date(iso));

/** The time of day of an instant, in the reader's zone: «14:05». */
export const formatTime = (at: Date | string): string =>
  clockTime.format(typeof at === 'string' ? new Date(at) : at);
