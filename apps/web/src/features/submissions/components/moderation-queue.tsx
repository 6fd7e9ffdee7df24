import type { PracticeStatus } from '@registry/contracts/practice-enums';
import { EmptyState } from '../../../components/empty-state';
import { useSubmissions } from '../api/list-submissions';
import { submissionMessages as m } from '../messages';
import { SubmissionsTable } from './submissions-table';

/** Statuses a moderator has to act on. */
export const QUEUE_STATUSES: readonly PracticeStatus[] = ['submitted', 'in_review'];

/** Submitted and in-review practices, the longest waiting first. */
export function ModerationQueue() {
  const { data } = useSubmissions(QUEUE_STATUSES);
  const items = [...data].sort((a, b) => a.statusChangedAt.localeCompare(b.statusChangedAt));
  if (items.length === 0) return <EmptyState title={m.queueEmpty} />;
  return <SubmissionsTable items={items} caption={m.queueTitle} showRegion dateLabel={m.queueWaiting} />;
}
