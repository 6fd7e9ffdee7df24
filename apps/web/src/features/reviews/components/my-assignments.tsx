import { EmptyState } from '../../../components/empty-state';
import { useMyAssignments } from '../api/assignments';
import { reviewMessages as m } from '../messages';
import { AssignmentsTable } from './assignments-table';

/** The expert's assignments, earliest due first. */
export function MyAssignments() {
  const { data } = useMyAssignments();
  if (data.items.length === 0) return <EmptyState title={m.myEmpty} />;
  return (
    <AssignmentsTable items={data.items} caption={m.myTitle} linkTo={(a) => `/account/reviews/${a.id}`} />
  );
}
