/** Today plus `days`, as YYYY-MM-DD for a date input (a value to send, not text to show). */
export function isoDayFromNow(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return date.toISOString().slice(0, 10);
}
