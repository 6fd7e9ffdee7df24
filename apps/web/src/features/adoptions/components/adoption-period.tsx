import { formatCalendarDate } from '../../../lib/format';
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
    parts.push(
      status === 'planning'
        ? m.planned(formatCalendarDate(startedOn))
        : m.since(formatCalendarDate(startedOn)),
    );
  if (finishedOn) parts.push(m.until(formatCalendarDate(finishedOn)));
  if (parts.length === 0) return null;
  return <span className="adoption-period">{parts.join(' ')}</span>;
}
