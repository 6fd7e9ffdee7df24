// One Russian number format for every number the app shows: decimal comma («4,5»), thousands
// grouped with a no-break space («12 000»), percentages with a no-break space before «%». CSV
// downloads are made by the API and keep machine-readable numbers (a dot, no grouping).

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(minFraction: number, maxFraction: number): Intl.NumberFormat {
  const key = `${minFraction}:${maxFraction}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('ru-RU', {
      minimumFractionDigits: minFraction,
      maximumFractionDigits: maxFraction,
    });
    formats.set(key, format);
  }
  return format;
}

/** 4.5 → «4,5», 12000 → «12 000», 1.005 → «1,01»: up to `maxFraction` decimals, none forced. */
export function formatNumber(value: number, maxFraction = 2): string {
  return numberFormat(0, maxFraction).format(value);
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
