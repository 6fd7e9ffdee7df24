import { STAFF_QUERY_ROOT } from '../../../lib/staff-keys';

/** Review query keys: under the staff root, so signing out removes them. */
export const reviewKeys = {
  all: [STAFF_QUERY_ROOT, 'reviews'] as const,
  mine: () => [...reviewKeys.all, 'mine'] as const,
  assignment: (id: number) => [...reviewKeys.all, 'assignment', id] as const,
  board: (practiceId: number) => [...reviewKeys.all, 'board', practiceId] as const,
  experts: (practiceId: number) => [...reviewKeys.all, 'experts', practiceId] as const,
  overview: () => [...reviewKeys.all, 'overview'] as const,
  rubric: () => [...reviewKeys.all, 'rubric'] as const,
  conflicts: () => [...reviewKeys.all, 'conflicts'] as const,
};

/** Practices change with review decisions: the staff submission caches must refetch too. */
export const submissionsRoot = [STAFF_QUERY_ROOT, 'submissions'] as const;
