import type { ListRegionsQuery } from '@registry/contracts/regions';

/** Every regions query key comes from here, so invalidating `regionKeys.all` reaches them all. */
export const regionKeys = {
  all: ['regions'] as const,
  lists: () => [...regionKeys.all, 'list'] as const,
  list: (query: ListRegionsQuery = {}) => [...regionKeys.lists(), query] as const,
  details: () => [...regionKeys.all, 'detail'] as const,
  detail: (code: string) => [...regionKeys.details(), code] as const,
};
