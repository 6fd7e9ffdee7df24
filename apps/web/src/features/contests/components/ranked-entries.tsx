import type { AwardKind, AwardLabels } from '@registry/contracts/contests';
import type { StaffEntry, StaffNomination } from '@registry/contracts/contests-staff';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorSummary } from '../../../components/error-summary';
import { controlProps, FormField } from '../../../components/form-field';
import { noFormErrors, problemErrors } from '../../../lib/form-errors';
import { formatScore } from '../../../lib/format';
import { useContractForm } from '../../../lib/use-contract-form';
import { useNominationAction } from '../api/staff-contests';
import { CorrectionFormSchema } from '../lib/nomination-form-schemas';
import { contestMessages as m } from '../messages';
import { AwardTag } from './award-tag';
import { ResultsPanel } from './results-panel';

const score = (value: number | null) => (value === null ? m.notScored : formatScore(value));
const labelOf = (award: AwardKind | null, labels: AwardLabels) => (award ? labels[award] : m.noAward);

function AwardCell({
  entry,
  labels,
  frozen,
  onChange,
}: {
  entry: StaffEntry;
  labels: AwardLabels;
  frozen: boolean;
  onChange: (a: AwardKind | null) => void;
}) {
  if (frozen) return entry.award ? <AwardTag award={entry.award} labels={labels} /> : m.noAward;
  return (
    <select
      className="select"
      aria-label={`${m.award}: ${entry.practice.title}`}
      value={entry.award ?? ''}
      onChange={(event) => onChange((event.target.value || null) as AwardKind | null)}
    >
      <option value="">{m.noAward}</option>
      <option value="winner">{labels.winner}</option>
      <option value="finalist">{labels.finalist}</option>
    </select>
  );
}

/** After publication an award changes only as a correction: said plainly, with its reason. */
function CorrectionDialog({
  nomination,
  change,
  onDone,
}: {
  nomination: StaffNomination;
  change: { entry: StaffEntry; award: AwardKind | null } | null;
  onDone: () => void;
}) {
  const action = useNominationAction(nomination.id);
  const { form, summary, submit, errorOf, clear } = useContractForm(CorrectionFormSchema, {
    defaultValues: { reason: '' },
    ids: { reason: 'correction-reason' },
    offline: m.offline,
  });
  const labels = nomination.contest.awardLabels;
  const close = () => {
    form.reset();
    clear();
    action.reset();
    onDone();
  };
  const confirm = submit(({ reason }, failed) => {
    if (!change) return;
    action.mutate(
      { kind: 'award', entryId: change.entry.id, award: change.award, reason },
      { onSuccess: close, onError: failed },
    );
  });
  const error = errorOf('reason');
  const other = summary.filter((e) => !e.fieldId);
  return (
    <ConfirmDialog
      open={change !== null}
      title={change ? m.correctTitle(change.entry.practice.title) : ''}
      confirmLabel={m.correctConfirmButton}
      pending={action.isPending}
      onCancel={close}
      onConfirm={() => void confirm()}
    >
      {change ? (
        <p>{m.correctWhat(labelOf(change.entry.award, labels), labelOf(change.award, labels))}</p>
      ) : null}
      {other.map((e) => (
        <p key={e.message} className="notice notice--error" role="alert">
          {e.message}
        </p>
      ))}
      <FormField id="correction-reason" label={m.correctReason} hint={m.correctReasonHint} error={error}>
        <textarea
          className="input contest-textarea"
          rows={3}
          data-autofocus
          {...controlProps('correction-reason', m.correctReasonHint, error)}
          {...form.register('reason')}
        />
      </FormField>
    </ConfirmDialog>
  );
}

/** Moderators: entries ranked by average weighted score, every expert's scores, awards, results. */
export function RankedEntries({ nomination }: { nomination: StaffNomination }) {
  const action = useNominationAction(nomination.id);
  const errors = useMemo(
    () => (action.error ? problemErrors(action.error, {}, m.offline) : noFormErrors),
    [action.error],
  );
  const [change, setChange] = useState<{ entry: StaffEntry; award: AwardKind | null } | null>(null);
  const published = nomination.resultsPublishedAt !== null;
  const frozen = nomination.resultsFinalAt !== null;
  const labels = nomination.contest.awardLabels;
  const choose = (entry: StaffEntry, award: AwardKind | null) => {
    if (published) setChange({ entry, award });
    else action.mutate({ kind: 'award', entryId: entry.id, award });
  };
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
                          {s.expert.name}: <strong>{formatScore(s.weightedScore)}</strong>
                          {s.comment ? <span className="ranked-entries__comment"> — {s.comment}</span> : null}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td data-label={m.award}>
                    <AwardCell
                      entry={entry}
                      labels={labels}
                      frozen={frozen}
                      onChange={(award) => choose(entry, award)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <CorrectionDialog nomination={nomination} change={change} onDone={() => setChange(null)} />
      <ResultsPanel nomination={nomination} />
    </section>
  );
}
