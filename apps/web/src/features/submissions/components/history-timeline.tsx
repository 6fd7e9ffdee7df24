import { practiceStatusLabels } from '@registry/contracts/practice-enums';
import {
  PRACTICE_ACTIONS,
  type PracticeAction,
  practiceActionLabels,
} from '@registry/contracts/practice-workflow';
import { useSubmissionHistory } from '../api/get-submission-history';
import { stepTitle } from '../lib/steps';
import { submissionMessages as m } from '../messages';

const dateTime = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'long', timeStyle: 'short' });

const actionLabel = (action: string) =>
  (PRACTICE_ACTIONS as readonly string[]).includes(action)
    ? practiceActionLabels[action as PracticeAction]
    : action === 'create'
      ? m.created
      : action;

/** Who moved the practice, when, from which status to which, and what they said. Newest first. */
export function HistoryTimeline({ id }: { id: number }) {
  const { data: events } = useSubmissionHistory(id);
  if (events.length === 0) return <p>{m.historyEmpty}</p>;
  const sorted = [...events].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
  return (
    <ol className="timeline">
      {sorted.map((event) => (
        <li key={event.id} className="timeline__item">
          <p className="timeline__head">
            <strong>{actionLabel(event.action)}</strong>
            {' · '}
            <time dateTime={event.at}>{dateTime.format(new Date(event.at))}</time>
            {' · '}
            {m.historyBy(event.actorName)}
          </p>
          {event.fromStatus || event.toStatus ? (
            <p className="timeline__status">
              {event.fromStatus ? practiceStatusLabels[event.fromStatus] : '—'} →{' '}
              {event.toStatus ? practiceStatusLabels[event.toStatus] : '—'}
            </p>
          ) : null}
          {event.comment ? <p className="timeline__comment">{event.comment}</p> : null}
          {event.sectionComments.length > 0 ? (
            <ul className="timeline__sections">
              {event.sectionComments.map((item) => (
                <li key={`${item.section}:${item.comment}`}>
                  <strong>{stepTitle(item.section)}:</strong> {item.comment}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
