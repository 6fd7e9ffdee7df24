import type { AwardKind, AwardLabels, ContestPhase } from '@registry/contracts/contests';
import { contestMessages as m } from '../messages';

/** The contest's own name of the award: the winner («Победитель») in green, the next one in blue. */
export function AwardTag({ award, labels }: { award: AwardKind; labels: AwardLabels }) {
  return <strong className={award === 'winner' ? 'tag tag--green' : 'tag tag--blue'}>{labels[award]}</strong>;
}

export function PhaseTag({ phase }: { phase: ContestPhase }) {
  return <strong className={phase === 'open' ? 'tag tag--green' : 'tag tag--grey'}>{m.phase[phase]}</strong>;
}
