import { type PracticeStatus, practiceStatusLabels } from '@registry/contracts/practice-enums';

const colours: Record<PracticeStatus, string> = {
  draft: 'tag--grey',
  submitted: 'tag--blue',
  in_review: 'tag--blue',
  needs_revision: 'tag--orange',
  rejected: 'tag--orange',
  published: 'tag--green',
  recommended: 'tag--green',
  archived: 'tag--grey',
};

export function StatusTag({ status }: { status: PracticeStatus }) {
  return <span className={`tag ${colours[status]}`}>{practiceStatusLabels[status]}</span>;
}
