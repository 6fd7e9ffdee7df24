import type { PracticeStatus } from '@registry/contracts/practice-enums';
import { practiceStatusLabels } from '@registry/contracts/practice-enums';
import { practicesMessages as m } from '../messages';

/** "Рекомендована к тиражированию" stands out; a plain "Опубликована" stays quiet. */
export function StatusTag({ status }: { status: PracticeStatus }) {
  const recommended = status === 'recommended';
  return (
    <strong className={recommended ? 'tag tag--green' : 'tag tag--grey'}>
      {practiceStatusLabels[status]}
    </strong>
  );
}

/** Marks records made for the demo, so nobody takes them for an official passport. */
export function DemoTag() {
  return <strong className="tag tag--orange">{m.demoTag}</strong>;
}

export function InternshipTag() {
  return <strong className="tag tag--blue">{m.internshipTag}</strong>;
}
