// Turns the before/after values of a version diff into short Russian text: the API sends the
// passport's own JSON (strings, codes, nested objects, lists of indicators or contacts).

const nestedLabels: Record<string, string> = {
  staff: 'кадры',
  budget: 'бюджет',
  duration: 'срок',
  name: 'название',
  type: 'тип',
  methodicalMaterials: 'методические материалы',
  training: 'обучение',
  internship: 'стажировка',
  role: 'должность',
  email: 'почта',
  phone: 'телефон',
  title: 'название',
  url: 'адрес',
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** "Семьи, прошедшие курс: 0 → 120 семей (2024)" for an indicator-shaped object. */
function describeIndicator(value: Record<string, unknown>): string | null {
  if (!('achieved' in value) || typeof value.name !== 'string') return null;
  const unit = typeof value.unit === 'string' && value.unit ? ` ${value.unit}` : '';
  const year = typeof value.year === 'number' ? ` (${value.year})` : '';
  return `${value.name}: ${value.baseline ?? '—'} → ${value.achieved ?? '—'}${unit}${year}`;
}

/** One value as a reader would say it; empty values read as a dash. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(describeValue).join('; ');
  if (isRecord(value)) {
    const indicator = describeIndicator(value);
    if (indicator) return indicator;
    const parts = Object.entries(value)
      .filter(([, inner]) => inner !== null && inner !== undefined && inner !== '')
      .map(([key, inner]) => `${nestedLabels[key] ?? key}: ${describeValue(inner)}`);
    return parts.length === 0 ? '—' : parts.join(', ');
  }
  return JSON.stringify(value);
}
