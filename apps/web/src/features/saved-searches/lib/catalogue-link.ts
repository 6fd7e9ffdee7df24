// The catalogue page of a saved selection: the same search params the catalogue writes
// (`/practices?theme=…&region=…`).
import type { SavedSearchFilters } from '@registry/contracts/saved-searches';

export function catalogueLink(search: SavedSearchFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (Array.isArray(value)) for (const item of value) params.append(key, item);
    else if (value !== undefined) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `/practices?${text}` : '/practices';
}
