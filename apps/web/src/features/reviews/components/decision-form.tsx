// The moderator's decision: recommend for adoption (public justification + evidence level),
// publish, return or reject.
import { type DecisionBody, type ReviewBoard, reviewRecommendationLabels } from '@registry/contracts/reviews';
import { type FormEvent, useMemo, useState } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { Choice, ChoiceFieldset } from '../../../components/choice';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorSummary } from '../../../components/error-summary';
import { useContractForm } from '../../../lib/use-contract-form';
import { useDecide } from '../api/board';
import { useEvidenceLevels } from '../api/setup';
import { decisionFormSchema } from '../lib/review-form-schemas';
import { reviewMessages as m } from '../messages';

export function DecisionForm({ board }: { board: ReviewBoard }) {
  const decide = useDecide(board.practice.id);
  const { data: levels } = useEvidenceLevels();
  const schema = useMemo(() => decisionFormSchema(board.practice.revision), [board.practice.revision]);
  const { form, summary, submit } = useContractForm(schema, {
    defaultValues: { decision: '', justification: '', evidenceLevel: board.practice.evidenceLevel ?? '' },
    ids: {
      decision: `decision-${board.decisions[0]}`,
      justification: 'decision-justification',
      evidenceLevel: 'decision-evidence',
    },
    offline: m.offline,
  });
  // The radios stay controlled (components/choice), as in the review form.
  const { field: chosen } = useController({ control: form.control, name: 'decision' });
  const decision = chosen.value;
  const justification = useWatch({ control: form.control, name: 'justification' });
  const [done, setDone] = useState(false);
  // Rejecting is final: once the reason is written, a dialog names what happens before it is sent.
  const [rejection, setRejection] = useState<{ body: DecisionBody; failed: (error: unknown) => void } | null>(
    null,
  );
  if (board.decisions.length === 0) return <p>{m.noDecisions}</p>;

  const send = (body: DecisionBody, failed: (error: unknown) => void) => {
    setRejection(null);
    decide.mutate(body, {
      onSuccess: () => {
        setDone(true);
        form.reset({ ...form.getValues(), decision: '', justification: '' });
      },
      onError: failed,
    });
  };
  const check = submit((body, failed) =>
    body.decision === 'reject' ? setRejection({ body, failed }) : send(body, failed),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    setDone(false);
    return check(event);
  };
  return (
    <form className="decision-form" onSubmit={onSubmit} noValidate aria-labelledby="decision-title">
      <h3 id="decision-title">{m.decisionTitle}</h3>
      {done ? (
        <p className="notice notice--success" role="status">
          {m.decided}
        </p>
      ) : null}
      <ErrorSummary title={m.decisionFailed} errors={summary} />
      <ChoiceFieldset id="decision" legend={m.decisionLegend}>
        {board.decisions.map((value) => (
          <Choice
            key={value}
            id={`decision-${value}`}
            type="radio"
            name="decision"
            label={reviewRecommendationLabels[value]}
            checked={decision === value}
            onChange={() => chosen.onChange(value)}
          />
        ))}
      </ChoiceFieldset>
      {decision === 'recommend' ? (
        <div className="form-group">
          <label className="form-label" htmlFor="decision-evidence">
            {m.decisionEvidence}
          </label>
          <select id="decision-evidence" className="select" {...form.register('evidenceLevel')}>
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
          {...form.register('justification')}
        />
      </div>
      <button type="submit" className="button" disabled={decide.isPending}>
        {m.decide}
      </button>
      <ConfirmDialog
        open={rejection !== null}
        title={m.rejectConfirmTitle(board.practice.title)}
        confirmLabel={m.rejectConfirmButton}
        destructive
        pending={decide.isPending}
        onCancel={() => setRejection(null)}
        onConfirm={() => rejection && send(rejection.body, rejection.failed)}
      >
        <p>{m.rejectConfirmText}</p>
        <p>{m.rejectConfirmReason(justification.trim())}</p>
      </ConfirmDialog>
    </form>
  );
}
