import { type Statistics, StatisticsSchema } from '@registry/contracts/statistics';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

/** GET /api/statistics. */
export function getStatistics(signal?: AbortSignal): Promise<Statistics> {
  return apiGet('/statistics', StatisticsSchema, { signal });
}

export function statisticsQueryOptions() {
  return queryOptions({
    queryKey: ['statistics'] as const,
    queryFn: ({ signal }) => getStatistics(signal),
    staleTime: 60_000,
  });
}

export const useStatistics = () => useSuspenseQuery(statisticsQueryOptions());
