import type { PracticeStatus } from '@registry/contracts/practice-enums';
import { STAFF_QUERY_ROOT } from '../../../lib/staff-keys';

/** Submission query keys: under the staff root, so signing out removes them. */
export const submissionKeys = {
  all: [STAFF_QUERY_ROOT, 'submissions'] as const,
  list: (statuses: readonly PracticeStatus[] = []) => [...submissionKeys.all, 'list', statuses] as const,
  detail: (id: number) => [...submissionKeys.all, 'detail', id] as const,
  history: (id: number) => [...submissionKeys.all, 'detail', id, 'history'] as const,
  versions: (id: number) => [...submissionKeys.all, 'detail', id, 'versions'] as const,
  versionDiff: (id: number, number: number) =>
    [...submissionKeys.all, 'detail', id, 'versions', number, 'diff'] as const,
};
