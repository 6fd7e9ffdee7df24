import { STAFF_QUERY_ROOT } from '../../../lib/staff-keys';

/** The form's token per practice and, under the staff root, the coordinators' list. */
export const adoptRequestKeys = {
  form: (slug: string) => ['adopt-requests', 'form', slug] as const,
  staff: [STAFF_QUERY_ROOT, 'adopt-requests'] as const,
};
