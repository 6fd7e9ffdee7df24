import { type PracticeList, PracticeListSchema } from '@registry/contracts/practices';
import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useSuspenseInfiniteQuery,
  useSuspenseQuery,
} from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { type PracticeListQuery, practiceKeys } from './practice-keys';

export const PAGE_SIZE = 10;

/** GET /api/practices: one page of public practices matching the filters, with facet counts. */
export function listPractices(
  query: PracticeListQuery & { cursor?: string },
  signal?: AbortSignal,
): Promise<PracticeList> {
  return apiGet('/practices', PracticeListSchema, { query, signal });
}

/** A single page, e.g. the three latest recommended practices on the home page. */
export function practicesPageQueryOptions(query: PracticeListQuery) {
  return queryOptions({
    queryKey: practiceKeys.page(query),
    queryFn: ({ signal }) => listPractices(query, signal),
  });
}

export function usePracticesPage(query: PracticeListQuery) {
  return useSuspenseQuery(practicesPageQueryOptions(query));
}

/** Pages chained by `nextCursor`; facets and total come with every page. */
export function practicesInfiniteQueryOptions(query: PracticeListQuery) {
  const withLimit = { limit: PAGE_SIZE, ...query };
  return infiniteQueryOptions({
    queryKey: practiceKeys.infinite(withLimit),
    queryFn: ({ pageParam, signal }) =>
      listPractices({ ...withLimit, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

/**
 * The catalogue's list. While the next filters load, the previous results stay on screen
 * (placeholder data) instead of flashing a spinner on every checkbox.
 */
export function usePracticesInfinite(query: PracticeListQuery) {
  return useInfiniteQuery({ ...practicesInfiniteQueryOptions(query), placeholderData: keepPreviousData });
}

/** A fixed list (a theme's or a region's practices); suspends until the first page is there. */
export function useSuspensePracticesInfinite(query: PracticeListQuery) {
  return useSuspenseInfiniteQuery(practicesInfiniteQueryOptions(query));
}
