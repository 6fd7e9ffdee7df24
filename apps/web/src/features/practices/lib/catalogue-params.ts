// The catalogue's whole state lives in the URL, so a search can be bookmarked, shared, reloaded
// and walked through with Back/Forward. This module is the one place that reads and writes it.
import { PUBLIC_STATUSES } from '@registry/contracts/practice-enums';
import { MAX_QUERY_LENGTH, PRACTICE_SORTS, type PracticeSort } from '@registry/contracts/practices';
import { ReferenceCodeSchema } from '@registry/contracts/reference';
import { FederalDistrictCodeSchema, RegionCodeSchema } from '@registry/contracts/regions';
import type { PracticeListQuery } from '../api/practice-keys';

export type PublicStatus = (typeof PUBLIC_STATUSES)[number];
export type AwardFilter = 'winner' | 'finalist' | 'any';
const isAward = (value: string | null): value is AwardFilter =>
  value === 'winner' || value === 'finalist' || value === 'any';

/** Filters that take several values (repeated in the URL, OR-ed by the API). */
export const MULTI_FILTERS = [
  'theme',
  'district',
  'region',
  'targetGroup',
  'evidence',
  'status',
  'nomination',
] as const;
export type MultiFilter = (typeof MULTI_FILTERS)[number];

export interface CatalogueParams {
  q: string;
  theme: string[];
  district: string[];
  region: string[];
  targetGroup: string[];
  evidence: string[];
  status: PublicStatus[];
  yearFrom: number | null;
  yearTo: number | null;
  internship: boolean;
  /** Nomination ids of contests. */
  nomination: string[];
  /** Awarded in a nomination: winner, finalist or either. */
  award: AwardFilter | null;
  /** null: the API's default (relevance with a query, newest without). */
  sort: PracticeSort | null;
  /** How many pages of results are shown («Показать ещё» adds one), so a reload or Back keeps them. */
  pages: number;
}

/** At most this many pages come back from a link: a hand-made ?pages=999 must not fetch forever. */
export const MAX_PAGES = 20;

export const emptyCatalogueParams: CatalogueParams = {
  q: '',
  theme: [],
  district: [],
  region: [],
  targetGroup: [],
  evidence: [],
  status: [],
  yearFrom: null,
  yearTo: null,
  internship: false,
  nomination: [],
  award: null,
  sort: null,
  pages: 1,
};

const isStatus = (value: string): value is PublicStatus =>
  (PUBLIC_STATUSES as readonly string[]).includes(value);
const isSort = (value: string): value is PracticeSort =>
  (PRACTICE_SORTS as readonly string[]).includes(value);

// A hand-edited or outdated link must not turn into a 400: values the API would reject are dropped.
const validators: Record<MultiFilter, (value: string) => boolean> = {
  theme: (v) => ReferenceCodeSchema.safeParse(v).success,
  targetGroup: (v) => ReferenceCodeSchema.safeParse(v).success,
  evidence: (v) => ReferenceCodeSchema.safeParse(v).success,
  district: (v) => FederalDistrictCodeSchema.safeParse(v).success,
  region: (v) => RegionCodeSchema.safeParse(v).success,
  status: isStatus,
  nomination: (v) => /^[1-9][0-9]{0,8}$/.test(v),
};

function parseYear(value: string | null): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 1990 && year <= 2100 ? year : null;
}

function parsePages(value: string | null): number {
  if (!value || !/^[1-9][0-9]?$/.test(value)) return 1;
  return Math.min(Number(value), MAX_PAGES);
}

/** Reads the catalogue state from search params, ignoring anything malformed. */
export function parseCatalogueParams(params: URLSearchParams): CatalogueParams {
  const multi = (key: MultiFilter) => [...new Set(params.getAll(key).filter(validators[key]))];
  let yearFrom = parseYear(params.get('yearFrom'));
  let yearTo = parseYear(params.get('yearTo'));
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
  const sort = params.get('sort') ?? '';
  return {
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    theme: multi('theme'),
    district: multi('district'),
    region: multi('region'),
    targetGroup: multi('targetGroup'),
    evidence: multi('evidence'),
    status: multi('status').filter(isStatus),
    yearFrom,
    yearTo,
    internship: params.get('internship') === 'true',
    nomination: multi('nomination'),
    award: isAward(params.get('award')) ? (params.get('award') as AwardFilter) : null,
    sort: isSort(sort) ? sort : null,
    pages: parsePages(params.get('pages')),
  };
}

/** Writes the state back, leaving out defaults so links stay short. */
export function serializeCatalogueParams(state: CatalogueParams): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of MULTI_FILTERS) for (const value of state[key]) params.append(key, value);
  if (state.yearFrom !== null) params.set('yearFrom', String(state.yearFrom));
  if (state.yearTo !== null) params.set('yearTo', String(state.yearTo));
  if (state.internship) params.set('internship', 'true');
  if (state.award) params.set('award', state.award);
  if (state.sort) params.set('sort', state.sort);
  if (state.pages > 1) params.set('pages', String(state.pages));
  return params;
}

/** Adds the value to a filter, or removes it if it is already there. */
export function toggleFilterValue(state: CatalogueParams, key: MultiFilter, value: string): CatalogueParams {
  const values: string[] = state[key];
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return { ...state, [key]: next };
}

/** How many filter values are chosen (the search text and sort are not filters). */
export function countActiveFilters(state: CatalogueParams): number {
  const multi = MULTI_FILTERS.reduce((sum, key) => sum + state[key].length, 0);
  return (
    multi +
    (state.yearFrom !== null ? 1 : 0) +
    (state.yearTo !== null ? 1 : 0) +
    (state.internship ? 1 : 0) +
    (state.award ? 1 : 0)
  );
}

/** The sort the API will use: relevance means nothing without a query. */
export function effectiveSort(state: Pick<CatalogueParams, 'q' | 'sort'>): PracticeSort {
  if (state.sort === 'relevance' && !state.q) return 'newest';
  return state.sort ?? (state.q ? 'relevance' : 'newest');
}

/** The API query for this state; arrays sorted so that the same filters share one cache entry. */
export function toListQuery(state: CatalogueParams): PracticeListQuery {
  const query: PracticeListQuery = { sort: effectiveSort(state) };
  if (state.q) query.q = state.q;
  for (const key of MULTI_FILTERS) {
    if (state[key].length > 0) Object.assign(query, { [key]: [...state[key]].sort() });
  }
  if (state.yearFrom !== null) query.yearFrom = state.yearFrom;
  if (state.yearTo !== null) query.yearTo = state.yearTo;
  if (state.internship) query.internship = 'true';
  if (state.award) query.award = state.award;
  return query;
}
