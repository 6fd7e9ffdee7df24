import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { formatDay } from '../../../lib/format';
import { useReviewOverview } from '../api/board';
import { reviewMessages as m } from '../messages';
import { AssignmentsTable } from './assignments-table';

/** The moderator's overview: open assignments (overdue first) and practices due for re-review. */
export function ReviewOverview() {
  const { data } = useReviewOverview();
  const open = [...data.assignments].sort((a, b) => Number(b.overdue) - Number(a.overdue));
  return (
    <>
      <section className="section" aria-labelledby="open-title">
        <h2 id="open-title">{m.openTitle}</h2>
        {open.length === 0 ? (
          <EmptyState title={m.openEmpty} />
        ) : (
          <AssignmentsTable
            items={open}
            caption={m.openTitle}
            showExpert
            linkTo={(a) => `/account/practices/${a.practiceId}#review`}
          />
        )}
      </section>
      <section className="section" aria-labelledby="due-title">
        <h2 id="due-title">{m.dueTitle}</h2>
        {data.dueForReReview.length === 0 ? (
          <EmptyState title={m.dueEmpty} />
        ) : (
          <ul className="due-list">
            {data.dueForReReview.map((p) => (
              <li key={p.practiceId}>
                <Link to={`/account/practices/${p.practiceId}#review`}>{p.title}</Link>
                <span className="muted">
                  {' '}
                  · {p.regionName} · {m.dueSince}: {formatDay(p.nextReviewDueAt)}
                  {p.reReviewRequestedAt ? ` · ${m.earlyRequest}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
