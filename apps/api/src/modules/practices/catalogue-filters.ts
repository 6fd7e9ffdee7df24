// The catalogue's filters in one normalised shape: sorted, de-duplicated values, so that the
// same question always has the same cache key and cursor binding.
import { createHash } from 'node:crypto';
import type { ParsedListPracticesQuery, PracticeSort } from '@registry/contracts/practices';

export interface CatalogueFilters {
  q: string;
  theme: string[];
  targetGroup: string[];
  region: string[];
  district: string[];
  evidence: string[];
  status: string[];
  yearFrom: number | null;
  yearTo: number | null;
  internship: boolean;
  /** Nomination ids (as text, sorted) and the award asked for. */
  nomination: string[];
  award: 'winner' | 'finalist' | 'any' | null;
}

const norm = (values: string[] | undefined) => [...new Set(values ?? [])].sort();

export function normaliseFilters(query: ParsedListPracticesQuery): CatalogueFilters {
  return {
    q: (query.q ?? '').replace(/\s+/g, ' ').trim(),
    theme: norm(query.theme),
    targetGroup: norm(query.targetGroup),
    region: norm(query.region),
    district: norm(query.district),
    evidence: norm(query.evidence),
    status: norm(query.status),
    yearFrom: query.yearFrom ?? null,
    yearTo: query.yearTo ?? null,
    internship: query.internship === 'true',
    nomination: norm(query.nomination),
    award: query.award ?? null,
  };
}

export function effectiveSort(query: ParsedListPracticesQuery, filters: CatalogueFilters): PracticeSort {
  const sort = query.sort ?? (filters.q ? 'relevance' : 'newest');
  // Without a query there is no relevance to rank by.
  return sort === 'relevance' && !filters.q ? 'newest' : sort;
}

/** A short stable hash of filters and sort, used in cursors and cache keys. */
export function queryHash(filters: CatalogueFilters, sort: PracticeSort): string {
  return createHash('sha256')
    .update(JSON.stringify([filters, sort]))
    .digest('base64url')
    .slice(0, 16);
}
