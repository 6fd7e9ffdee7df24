import { STAFF_QUERY_ROOT } from '../../../lib/staff-keys';

/** Public contest query keys. */
export const contestKeys = {
  all: ['contests'] as const,
  list: () => [...contestKeys.all, 'list'] as const,
  detail: (slug: string) => [...contestKeys.all, 'detail', slug] as const,
  nomination: (slug: string, nominationSlug: string) =>
    [...contestKeys.all, 'detail', slug, 'nomination', nominationSlug] as const,
  practiceAwards: (practiceSlug: string) => [...contestKeys.all, 'practice-awards', practiceSlug] as const,
};

/** Staff nomination keys: under the staff root, so signing out removes them. */
export const staffNominationKeys = {
  all: [STAFF_QUERY_ROOT, 'nominations'] as const,
  list: () => [...staffNominationKeys.all, 'list'] as const,
  detail: (id: number) => [...staffNominationKeys.all, 'detail', id] as const,
};
