import type { StaffNomination } from '@registry/contracts/contests-staff';
import { type ReactNode, useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ApiError } from '../../../lib/api-error';
import { formatDateTime } from '../../../lib/format';
import { useNominationAction } from '../api/staff-contests';
import { contestMessages as m } from '../messages';

const failure = (error: unknown) =>
  error instanceof ApiError ? (error.problem.detail ?? error.problem.title) : error ? m.offline : null;

/**
 * Publishing the results in two steps, each behind a confirmation that names what happens: first
 * public (awards still correctable, with a logged reason), then «Опубликовать окончательно».
 */
export function ResultsPanel({ nomination }: { nomination: StaffNomination }) {
  const action = useNominationAction(nomination.id);
  const [asking, setAsking] = useState<'publish' | 'finalise' | null>(null);
  const labels = nomination.contest.awardLabels;
  const titlesOf = (award: 'winner' | 'finalist') =>
    nomination.entries.filter((e) => e.award === award).map((e) => e.practice.title);
  const unawarded = nomination.entries.filter((e) => e.award === null).length;
  const close = () => {
    action.reset();
    setAsking(null);
  };
  const confirm = () => {
    if (asking) action.mutate({ kind: asking }, { onSuccess: () => setAsking(null) });
  };
  const error = failure(action.error);

  let state: ReactNode;
  if (nomination.resultsFinalAt) {
    state = <p className="notice">{m.resultsFinalAt(formatDateTime(nomination.resultsFinalAt))}</p>;
  } else if (nomination.resultsPublishedAt) {
    state = (
      <div className="publish-panel">
        <p className="notice">
          {m.resultsPublishedAt(formatDateTime(nomination.resultsPublishedAt))} {m.resultsCorrectable}
        </p>
        <button type="button" className="button" onClick={() => setAsking('finalise')}>
          {m.finalise}
        </button>
      </div>
    );
  } else {
    state = (
      <div className="publish-panel">
        <p>{m.publishHint}</p>
        <button type="button" className="button" onClick={() => setAsking('publish')}>
          {m.publishResults}
        </button>
      </div>
    );
  }

  return (
    <>
      {state}
      <ConfirmDialog
        open={asking !== null}
        title={asking === 'finalise' ? m.finaliseTitle(nomination.title) : m.publishTitle(nomination.title)}
        confirmLabel={asking === 'finalise' ? m.finaliseConfirmButton : m.publishConfirmButton}
        pending={action.isPending}
        destructive={asking === 'finalise'}
        onCancel={close}
        onConfirm={confirm}
      >
        {error ? (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        ) : null}
        <p>{m.publishWhat}</p>
        <ul className="list">
          <li>{m.publishAwardLine(labels.winner, titlesOf('winner'))}</li>
          <li>{m.publishAwardLine(labels.finalist, titlesOf('finalist'))}</li>
          <li>{m.publishNoAward(unawarded)}</li>
        </ul>
        {titlesOf('winner').length + titlesOf('finalist').length === 0 ? (
          <p className="notice notice--warning">{m.publishNoAwardsAtAll}</p>
        ) : null}
        <p>{asking === 'finalise' ? m.finaliseText : m.publishAfter}</p>
      </ConfirmDialog>
    </>
  );
}
