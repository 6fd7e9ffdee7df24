import { practiceStatusLabels } from '@registry/contracts/practice-enums';
import {
  PRACTICE_ACTIONS,
  type PracticeAction,
  practiceActionLabels,
} from '@registry/contracts/practice-workflow';
import { formatDateTime } from '../../../lib/format';
import { type PracticeEvent, useSubmissionHistory } from '../api/get-submission-history';
import { stepTitle } from '../lib/steps';
import { submissionMessages as m } from '../messages';

const otherLabels: Record<string, string> = { create: m.created, edit: m.edited, change_slug: m.slugChanged };

const actionLabel = (action: string) =>
  (PRACTICE_ACTIONS as readonly string[]).includes(action)
    ? practiceActionLabels[action as PracticeAction]
    : (otherLabels[action] ?? action);

/** A history entry, with how many saves in a row it stands for (autosave makes many). */
type Entry = PracticeEvent & { count: number };

/**
 * Newest first; a run of consecutive edits by one person reads as one entry ("8 сохранений"),
 * dated by its latest save, so the moves between statuses stay visible.
 */
export function collapseEdits(events: readonly PracticeEvent[]): Entry[] {
  const sorted = [...events].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
  const entries: Entry[] = [];
  for (const event of sorted) {
    const last = entries.at(-1);
    if (last && event.action === 'edit' && last.action === 'edit' && last.actorName === event.actorName) {
      last.count += 1;
    } else entries.push({ ...event, count: 1 });
  }
  return entries;
}

/** Who moved the practice, when, from which status to which, and what they said. Newest first. */
export function HistoryTimeline({ id }: { id: number }) {
  const { data: events } = useSubmissionHistory(id);
  if (events.length === 0) return <p>{m.historyEmpty}</p>;
  const sorted = collapseEdits(events);
  return (
    <ol className="timeline">
      {sorted.map((event) => (
        <li key={event.id} className="timeline__item">
          <p className="timeline__head">
            <strong>{actionLabel(event.action)}</strong>
            {event.count > 1 ? ` (${m.editCount(event.count)})` : null}
            {' · '}
            <time dateTime={event.at}>{formatDateTime(event.at)}</time>
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
