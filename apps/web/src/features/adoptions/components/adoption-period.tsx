import { formatDate } from '../lib/format-date';
import { adoptionMessages as m } from '../messages';

/** "с 1 февраля 2027 г." / "начало — …" for a plan / "с … по …" for a finished adoption. */
export function AdoptionPeriod({
  status,
  startedOn,
  finishedOn = null,
}: {
  status: string;
  startedOn: string | null;
  finishedOn?: string | null;
}) {
  const parts: string[] = [];
  if (startedOn)
    parts.push(status === 'planning' ? m.planned(formatDate(startedOn)) : m.since(formatDate(startedOn)));
  if (finishedOn) parts.push(m.until(formatDate(finishedOn)));
  if (parts.length === 0) return null;
  return <span className="adoption-period">{parts.join(' ')}</span>;
}
