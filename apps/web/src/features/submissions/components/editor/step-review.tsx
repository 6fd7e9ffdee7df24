// Step 8: what is still missing (each a link to its step) and the «Отправить на рассмотрение» button.
import type { ManagedPractice } from '@registry/contracts/submissions';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary, type SummaryError } from '../../../../components/error-summary';
import { ApiError } from '../../../../lib/api-error';
import { useTransitionSubmission } from '../../api/transition-submission';
import type { AutosaveForm } from '../../hooks/use-autosave';
import { EDITOR_STEPS, fieldLabels, type PassportField, stepIndexOfField } from '../../lib/steps';
import { submissionMessages as m } from '../../messages';

function fieldName(path: string): PassportField {
  return path.replace(/^(body\.)?passport\./, '') as PassportField;
}

function MissingList({ fields }: { fields: string[] }) {
  return (
    <ul className="missing-list">
      {fields.map((path) => {
        const field = fieldName(path);
        const step = EDITOR_STEPS[stepIndexOfField(path)];
        const label = fieldLabels[field] ?? field;
        return (
          <li key={path}>
            {step ? <Link to={`?step=${step.id}`}>{`${label} — ${step.title}`}</Link> : label}
          </li>
        );
      })}
    </ul>
  );
}

export function StepReview({ practice, form }: { practice: ManagedPractice; form: AutosaveForm }) {
  const navigate = useNavigate();
  const transition = useTransitionSubmission(practice.id);
  const canSubmit = practice.allowedActions.includes('submit');
  const error = transition.error;
  const problemFields =
    error instanceof ApiError
      ? (error.problem.errors ?? []).map((e) => e.field).filter((f) => f.includes('passport.'))
      : [];
  const summaryErrors: SummaryError[] = error
    ? [{ message: error instanceof ApiError ? error.message : m.networkError }]
    : [];

  const submit = async () => {
    await form.flush();
    transition.mutate(
      { action: 'submit', revision: form.revision() },
      { onSuccess: () => navigate(`/account/practices/${practice.id}`, { state: { notice: m.submitted } }) },
    );
  };

  return (
    <>
      <ErrorSummary title={m.submitFailed} errors={summaryErrors} />
      {problemFields.length > 0 ? <MissingList fields={problemFields} /> : null}
      {practice.missing.length > 0 ? (
        <div className="notice notice--warning">
          <p className="notice__title">{m.reviewMissing}</p>
          <MissingList fields={practice.missing} />
        </div>
      ) : (
        <p className="notice">{m.reviewReady}</p>
      )}
      {canSubmit ? (
        <button
          type="button"
          className="button"
          disabled={transition.isPending}
          onClick={() => void submit()}
        >
          {transition.isPending ? m.submitting : m.submit}
        </button>
      ) : (
        <p>{m.cannotSubmit}</p>
      )}
    </>
  );
}
