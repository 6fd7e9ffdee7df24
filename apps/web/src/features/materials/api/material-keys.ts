import { STAFF_QUERY_ROOT } from '../../../lib/staff-keys';

/** A public passport's materials and, under the staff root, an editor's list. */
export const materialKeys = {
  all: ['materials'] as const,
  practice: (slug: string) => [...materialKeys.all, 'practice', slug] as const,
  staff: [STAFF_QUERY_ROOT, 'materials'] as const,
  submission: (id: number) => [...materialKeys.staff, 'submission', id] as const,
};
