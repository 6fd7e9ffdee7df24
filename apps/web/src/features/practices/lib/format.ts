import { practicesMessages as m } from '../messages';

/** "с 2009 года" for a running practice, "2015–2020" for a finished one. */
export function formatPeriodShort(startYear: number, endYear: number | null): string {
  if (endYear === null) return m.since(startYear);
  if (endYear === startYear) return m.singleYear(startYear);
  return `${startYear}–${endYear}`;
}

/** The passport's wording: "с 2009 года, реализуется по настоящее время". */
export function formatPeriodLong(startYear: number, endYear: number | null): string {
  return endYear === null ? m.sinceOngoing(startYear) : formatPeriodShort(startYear, endYear);
}

/** 4.2 → "4,2", 12000 → "12 000" (the app's one number format, lib/format.ts). */
export { formatNumber } from '../../../lib/format';
