import { Link } from 'react-router';
import { useSubmissionHistory } from '../api/get-submission-history';
import { EDITOR_STEPS, stepTitle } from '../lib/steps';
import { submissionMessages as m } from '../messages';

/** The moderator's comments from the latest «Вернуть на доработку», at the top of the editor. */
export function ReviewerComments({ id, linkSteps = true }: { id: number; linkSteps?: boolean }) {
  const { data: events } = useSubmissionHistory(id);
  const latest = events
    .filter((event) => event.action === 'return_for_revision')
    .sort((a, b) => b.at.localeCompare(a.at))[0];
  if (!latest) return null;
  return (
    <section className="notice notice--warning reviewer-comments" aria-labelledby="reviewer-comments-title">
      <h2 className="notice__title" id="reviewer-comments-title">
        {m.reviewerComments}
      </h2>
      {latest.comment ? (
        <p>
          <strong>{m.generalComment}:</strong> {latest.comment}
        </p>
      ) : null}
      {latest.sectionComments.length > 0 ? (
        <ul className="reviewer-comments__list">
          {latest.sectionComments.map((item) => (
            <li key={`${item.section}:${item.comment}`}>
              <strong>
                {linkSteps && EDITOR_STEPS.some((s) => s.id === item.section) ? (
                  <Link to={`?step=${item.section}`}>{stepTitle(item.section)}</Link>
                ) : (
                  stepTitle(item.section)
                )}
                :
              </strong>{' '}
              {item.comment}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
