import { type AwardKind, awardLabels } from '@registry/contracts/contests';
import type { StaffEntry, StaffNomination } from '@registry/contracts/contests-staff';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '../../../components/error-summary';
import { useNominationAction } from '../api/staff-contests';
import { formatDateTime } from '../lib/format';
import { problemFields } from '../lib/problem-fields';
import { contestMessages as m } from '../messages';
import { AwardTag } from './award-tag';

const score = (value: number | null) => (value === null ? m.notScored : value.toFixed(2));

function AwardCell({
  entry,
  frozen,
  onChange,
}: {
  entry: StaffEntry;
  frozen: boolean;
  onChange: (a: AwardKind | null) => void;
}) {
  if (frozen) return entry.award ? <AwardTag award={entry.award} /> : m.noAward;
  return (
    <select
      className="select"
      aria-label={`${m.award}: ${entry.practice.title}`}
      value={entry.award ?? ''}
      onChange={(event) => onChange((event.target.value || null) as AwardKind | null)}
    >
      <option value="">{m.noAward}</option>
      <option value="winner">{awardLabels.winner}</option>
      <option value="finalist">{awardLabels.finalist}</option>
    </select>
  );
}

/** Moderators: entries ranked by average weighted score, every expert's scores, awards, results. */
export function RankedEntries({ nomination }: { nomination: StaffNomination }) {
  const action = useNominationAction(nomination.id);
  const errors = useMemo(() => problemFields(action.error, {}), [action.error]);
  const frozen = nomination.resultsPublishedAt !== null;
  return (
    <section className="section" aria-labelledby="ranked-entries">
      <h2 id="ranked-entries">{m.entriesRanked}</h2>
      <ErrorSummary title={m.saveFailed} errors={errors.summary} />
      {nomination.entries.length === 0 ? <p>{m.noEntries}</p> : null}
      {nomination.entries.length > 0 ? (
        <div className="table-scroll">
          <table className="table ranked-entries">
            <thead>
              <tr>
                <th scope="col">{m.rank}</th>
                <th scope="col">{m.practice}</th>
                <th scope="col">{m.average}</th>
                <th scope="col">{m.expertScores}</th>
                <th scope="col">{m.award}</th>
              </tr>
            </thead>
            <tbody>
              {nomination.entries.map((entry) => (
                <tr key={entry.id}>
                  <td data-label={m.rank}>{entry.rank ?? '—'}</td>
                  <th scope="row">
                    <Link to={`/practices/${entry.practice.slug}`}>{entry.practice.title}</Link>
                    <span className="ranked-entries__region">{entry.practice.region.nameRu}</span>
                  </th>
                  <td data-label={m.average}>{score(entry.averageScore)}</td>
                  <td data-label={m.expertScores}>
                    <ul className="ranked-entries__scores">
                      {entry.scores.map((s) => (
                        <li key={s.expert.id}>
                          {s.expert.name}: <strong>{s.weightedScore.toFixed(2)}</strong>
                          {s.comment ? <span className="ranked-entries__comment"> — {s.comment}</span> : null}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td data-label={m.award}>
                    <AwardCell
                      entry={entry}
                      frozen={frozen}
                      onChange={(award) => action.mutate({ kind: 'award', entryId: entry.id, award })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {frozen && nomination.resultsPublishedAt ? (
        <p className="notice">{m.resultsPublishedAt(formatDateTime(nomination.resultsPublishedAt))}</p>
      ) : (
        <div className="publish-panel">
          <p>{m.publishConfirm}</p>
          <button
            type="button"
            className="button"
            disabled={action.isPending}
            onClick={() => action.mutate({ kind: 'publish' })}
          >
            {m.publishResults}
          </button>
        </div>
      )}
    </section>
  );
}
