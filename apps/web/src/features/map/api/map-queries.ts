// The map's two public questions: every region in figures, and where help is missing for a
// theme or target group. One key factory for both.
import {
  type Coverage,
  type CoverageQuery,
  CoverageSchema,
  type RegionFiguresList,
  RegionFiguresListSchema,
} from '@registry/contracts/map';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export const mapKeys = {
  all: ['map'] as const,
  regions: () => [...mapKeys.all, 'regions'] as const,
  coverage: (query: CoverageQuery) => [...mapKeys.all, 'coverage', query] as const,
};

/** GET /api/map/regions. */
export const regionFiguresQueryOptions = () =>
  queryOptions({
    queryKey: mapKeys.regions(),
    queryFn: ({ signal }): Promise<RegionFiguresList> =>
      apiGet('/map/regions', RegionFiguresListSchema, { signal }),
    staleTime: 60_000,
  });

export const useRegionFigures = () => useSuspenseQuery(regionFiguresQueryOptions());

/** GET /api/map/coverage?theme=… or ?targetGroup=…. */
export const coverageQueryOptions = (query: CoverageQuery) =>
  queryOptions({
    queryKey: mapKeys.coverage(query),
    queryFn: ({ signal }): Promise<Coverage> =>
      apiGet('/map/coverage', CoverageSchema, { signal, query: { ...query } }),
    staleTime: 60_000,
  });

export const useCoverage = (query: CoverageQuery) => useSuspenseQuery(coverageQueryOptions(query));

/** The CSV download's address for the same question. */
export const coverageCsvHref = (query: CoverageQuery) =>
  query.theme
    ? `/api/map/coverage.csv?theme=${encodeURIComponent(query.theme)}`
    : `/api/map/coverage.csv?targetGroup=${encodeURIComponent(query.targetGroup ?? '')}`;
