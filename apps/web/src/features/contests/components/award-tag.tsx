import { type AwardKind, awardLabels, type ContestPhase } from '@registry/contracts/contests';
import { contestMessages as m } from '../messages';

/** «Лидер» stands out in green, «Финалист» in blue. */
export function AwardTag({ award }: { award: AwardKind }) {
  return (
    <strong className={award === 'winner' ? 'tag tag--green' : 'tag tag--blue'}>{awardLabels[award]}</strong>
  );
}

export function PhaseTag({ phase }: { phase: ContestPhase }) {
  return <strong className={phase === 'open' ? 'tag tag--green' : 'tag tag--grey'}>{m.phase[phase]}</strong>;
}
