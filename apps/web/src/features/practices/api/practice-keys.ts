import type { ParsedListPracticesQuery } from '@registry/contracts/practices';

/** Filters and sort of a practice list, without paging (the cursor belongs to the query, not the key). */
export type PracticeListQuery = Omit<ParsedListPracticesQuery, 'cursor' | 'limit'> & { limit?: number };

/** Every practices query key comes from here, so invalidating `practiceKeys.all` reaches them all. */
export const practiceKeys = {
  all: ['practices'] as const,
  lists: () => [...practiceKeys.all, 'list'] as const,
  /** One page (the home page's few recommended practices). */
  page: (query: PracticeListQuery) => [...practiceKeys.lists(), 'page', query] as const,
  /** A list read page by page with "show more". */
  infinite: (query: PracticeListQuery) => [...practiceKeys.lists(), 'infinite', query] as const,
  details: () => [...practiceKeys.all, 'detail'] as const,
  detail: (slug: string) => [...practiceKeys.details(), slug] as const,
  similar: (slug: string) => [...practiceKeys.detail(slug), 'similar'] as const,
};
