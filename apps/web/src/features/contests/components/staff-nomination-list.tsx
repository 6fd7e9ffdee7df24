import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { useStaffNominations } from '../api/staff-contests';
import { contestMessages as m } from '../messages';

/** The nominations the signed-in user works on (assigned, open for entries, or all). */
export function StaffNominationList() {
  const { data: nominations } = useStaffNominations();
  if (nominations.length === 0) return <EmptyState title={m.staffNoNominations} />;
  return (
    <ul className="contest-list">
      {nominations.map((n) => (
        <li key={n.id} className="contest-card">
          <h2 className="contest-card__title">
            <Link to={`/account/nominations/${n.id}`}>{n.title}</Link>
          </h2>
          <p className="contest-card__meta">
            <span>{n.contest.title}</span>
            <span>{m.entryCount(n.entryCount)}</span>
            <span>{n.resultsPublishedAt ? m.resultsPublished : m.resultsPending}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
