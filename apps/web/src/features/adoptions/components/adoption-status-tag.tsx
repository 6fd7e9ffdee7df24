import { type AdoptionStatus, adoptionStatusLabels } from '@registry/contracts/adoptions';

const colours: Record<AdoptionStatus, string> = {
  planning: 'tag--grey',
  in_progress: 'tag--blue',
  implemented: 'tag--green',
  stopped: 'tag--orange',
};

export function AdoptionStatusTag({ status }: { status: AdoptionStatus }) {
  return <span className={`tag ${colours[status]}`}>{adoptionStatusLabels[status]}</span>;
}
