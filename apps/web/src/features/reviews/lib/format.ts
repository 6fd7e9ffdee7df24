const day = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'long' });

/** A date as «1 декабря 2026 г.», or a dash. */
export const formatDay = (iso: string | null | undefined) => (iso ? day.format(new Date(iso)) : '—');

/** Today plus `days`, as YYYY-MM-DD for a date input. */
export function isoDayFromNow(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return date.toISOString().slice(0, 10);
}
