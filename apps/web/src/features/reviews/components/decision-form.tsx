// The moderator's decision: recommend for adoption (public justification + evidence level),
// publish, return or reject.
import {
  DecisionBodySchema,
  type ReviewBoard,
  type ReviewRecommendation,
  reviewRecommendationLabels,
} from '@registry/contracts/reviews';
import { type FormEvent, useState } from 'react';
import { Choice, ChoiceFieldset } from '../../../components/choice';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorSummary, type SummaryError } from '../../../components/error-summary';
import { problemErrors } from '../../../lib/form-errors';
import { useDecide } from '../api/board';
import { useEvidenceLevels } from '../api/setup';
import { reviewMessages as m } from '../messages';

export function DecisionForm({ board }: { board: ReviewBoard }) {
  const decide = useDecide(board.practice.id);
  const { data: levels } = useEvidenceLevels();
  const [decision, setDecision] = useState<ReviewRecommendation | null>(null);
  const [justification, setJustification] = useState('');
  const [evidence, setEvidence] = useState(board.practice.evidenceLevel ?? '');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [done, setDone] = useState(false);
  // Rejecting is final: once the reason is written, a dialog names what happens before it is sent.
  const [confirming, setConfirming] = useState(false);
  if (board.decisions.length === 0) return <p>{m.noDecisions}</p>;

  const send = () => {
    if (!decision) return;
    setConfirming(false);
    decide.mutate(
      {
        decision,
        revision: board.practice.revision,
        justification,
        ...(decision === 'recommend' && evidence ? { evidenceLevel: evidence } : {}),
      },
      {
        onSuccess: () => {
          setDone(true);
          setDecision(null);
          setJustification('');
        },
        onError: (error) =>
          setErrors(
            problemErrors(
              error,
              { justification: 'decision-justification', evidenceLevel: 'decision-evidence' },
              m.offline,
            ).summary,
          ),
      },
    );
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (!decision)
      return setErrors([{ fieldId: `decision-${board.decisions[0]}`, message: m.decisionRequired }]);
    if (decision !== 'reject') {
      setErrors([]);
      return send();
    }
    const checked = DecisionBodySchema.safeParse({
      decision,
      revision: board.practice.revision,
      justification,
    });
    if (!checked.success)
      return setErrors(
        checked.error.issues.map((i) => ({ fieldId: 'decision-justification', message: i.message })),
      );
    setErrors([]);
    setConfirming(true);
  };
  return (
    <form className="decision-form" onSubmit={onSubmit} noValidate aria-labelledby="decision-title">
      <h3 id="decision-title">{m.decisionTitle}</h3>
      {done ? (
        <p className="notice notice--success" role="status">
          {m.decided}
        </p>
      ) : null}
      <ErrorSummary title={m.decisionFailed} errors={errors} />
      <ChoiceFieldset id="decision" legend={m.decisionLegend}>
        {board.decisions.map((value) => (
          <Choice
            key={value}
            id={`decision-${value}`}
            type="radio"
            name="decision"
            label={reviewRecommendationLabels[value]}
            checked={decision === value}
            onChange={() => setDecision(value)}
          />
        ))}
      </ChoiceFieldset>
      {decision === 'recommend' ? (
        <div className="form-group">
          <label className="form-label" htmlFor="decision-evidence">
            {m.decisionEvidence}
          </label>
          <select
            id="decision-evidence"
            className="select"
            value={evidence}
            onChange={(e) => setEvidence(e.target.value)}
          >
            <option value="" />
            {levels.items.map((level) => (
              <option key={level.code} value={level.code}>
                {level.nameRu}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="form-group">
        <label className="form-label" htmlFor="decision-justification">
          {m.justificationLabel}
        </label>
        <p className="hint">
          {decision === 'recommend' ? m.justificationHintRecommend : m.justificationHintOther}
        </p>
        <textarea
          id="decision-justification"
          className="textarea"
          rows={4}
          value={justification}
          onChange={(e) => setJustification(e.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={decide.isPending}>
        {m.decide}
      </button>
      <ConfirmDialog
        open={confirming}
        title={m.rejectConfirmTitle(board.practice.title)}
        confirmLabel={m.rejectConfirmButton}
        destructive
        pending={decide.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={send}
      >
        <p>{m.rejectConfirmText}</p>
        <p>{m.rejectConfirmReason(justification.trim())}</p>
      </ConfirmDialog>
    </form>
  );
}
