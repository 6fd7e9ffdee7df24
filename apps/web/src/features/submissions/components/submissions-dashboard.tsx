// «Мой регион»: the practices the user manages, those awaiting them first, then by status.
import { PRACTICE_STATUSES, practiceStatusLabels } from '@registry/contracts/practice-enums';
import { EmptyState } from '../../../components/empty-state';
import { useSubmissions } from '../api/list-submissions';
import { submissionMessages as m } from '../messages';
import { SubmissionsTable } from './submissions-table';

export function SubmissionsDashboard({ showRegion }: { showRegion: boolean }) {
  const { data: items } = useSubmissions();
  if (items.length === 0) return <EmptyState title={m.empty} />;
  const awaiting = items.filter((item) => item.awaitsMe);
  const groups = PRACTICE_STATUSES.map((status) => ({
    status,
    items: items.filter((item) => item.status === status),
  })).filter((group) => group.items.length > 0);
  return (
    <>
      <nav className="status-counts" aria-label={m.groupsLabel}>
        <ul className="status-counts__list">
          {awaiting.length > 0 ? (
            <li>
              <a href="#group-awaits">
                {m.awaitsMe} <span className="status-counts__n">{awaiting.length}</span>
              </a>
            </li>
          ) : null}
          {groups.map((group) => (
            <li key={group.status}>
              <a href={`#group-${group.status}`}>
                {practiceStatusLabels[group.status]}{' '}
                <span className="status-counts__n">{group.items.length}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {awaiting.length > 0 ? (
        <section className="section" aria-labelledby="group-awaits">
          <h2 id="group-awaits" tabIndex={-1}>
            {m.awaitsMe} <span className="count">({awaiting.length})</span>
          </h2>
          <SubmissionsTable items={awaiting} caption={m.awaitsMe} showRegion={showRegion} />
        </section>
      ) : null}
      {groups.map((group) => (
        <section key={group.status} className="section" aria-labelledby={`group-${group.status}`}>
          <h2 id={`group-${group.status}`} tabIndex={-1}>
            {practiceStatusLabels[group.status]} <span className="count">({group.items.length})</span>
          </h2>
          <SubmissionsTable
            items={group.items}
            caption={practiceStatusLabels[group.status]}
            showRegion={showRegion}
            showStatus={false}
          />
        </section>
      ))}
    </>
  );
}
