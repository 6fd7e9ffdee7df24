// The moves the signed-in user may make on a practice, as buttons; risky ones ask first.
import { type PracticeAction, practiceActionLabels } from '@registry/contracts/practice-workflow';
import type { ManagedPractice } from '@registry/contracts/submissions';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorSummary } from '../../../components/error-summary';
import { controlProps, FormField } from '../../../components/form-field';
import { ApiError } from '../../../lib/api-error';
import { useContractForm } from '../../../lib/use-contract-form';
import { useTransitionSubmission } from '../api/transition-submission';
import { ReasonFormSchema } from '../lib/submission-form-schemas';
import { submissionMessages as m } from '../messages';
import { type ReturnComments, ReturnForm } from './return-form';

/** Actions that need a written reason, with the label of its field. */
const reasonLabels: Partial<Record<PracticeAction, string>> = {
  reject: m.rejectReason,
  archive: m.archiveReason,
  withdraw_recommendation: m.commentLabel,
};
const confirmations: Partial<Record<PracticeAction, string>> = {
  publish: m.confirmPublish,
  reject: m.confirmReject,
  withdraw: m.confirmWithdraw,
};

function ReasonForm({
  action,
  pending,
  onSubmit,
  onCancel,
}: {
  action: PracticeAction;
  pending: boolean;
  onSubmit: (comment: string) => void;
  onCancel: () => void;
}) {
  // No error summary here, as before: one field, its message beside it.
  const { form, submit, errorOf } = useContractForm(ReasonFormSchema, {
    defaultValues: { comment: '' },
    ids: { comment: 'action-reason' },
    offline: m.networkError,
  });
  const onSend = submit(({ comment }) => onSubmit(comment));
  const error = errorOf('comment');
  return (
    <form className="action-form" onSubmit={onSend} noValidate>
      {confirmations[action] ? <p className="notice notice--warning">{confirmations[action]}</p> : null}
      <FormField id="action-reason" label={reasonLabels[action] ?? m.commentLabel} error={error}>
        <textarea
          rows={4}
          className={error ? 'textarea input--error' : 'textarea'}
          {...controlProps('action-reason', null, error)}
          {...form.register('comment')}
        />
      </FormField>
      <div className="button-row">
        <button type="submit" className="button button--warning" disabled={pending}>
          {practiceActionLabels[action]}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}

export function ActionPanel({ practice }: { practice: ManagedPractice }) {
  const transition = useTransitionSubmission(practice.id);
  const [open, setOpen] = useState<PracticeAction | null>(null);
  const [done, setDone] = useState(false);
  // Rejecting is final: the reason is written first, then confirmed in a dialog that names it.
  const [rejecting, setRejecting] = useState<string | null>(null);
  const actions = practice.allowedActions;

  const run = (action: PracticeAction, extra: ReturnComments = { sectionComments: [] }) => {
    setDone(false);
    transition.mutate(
      { action, revision: practice.revision, ...extra },
      {
        onSuccess: () => {
          setOpen(null);
          setDone(true);
        },
      },
    );
  };
  const choose = (action: PracticeAction) => {
    transition.reset();
    setDone(false);
    const needsForm = action === 'return_for_revision' || reasonLabels[action] || confirmations[action];
    if (needsForm) setOpen(action);
    else run(action);
  };
  const error = transition.error;

  if (actions.length === 0) return <p>{m.noActions}</p>;
  return (
    <div className="action-panel">
      {done ? (
        <p className="notice notice--success" role="status">
          {m.actionDone}
        </p>
      ) : null}
      <ErrorSummary
        title={m.actionFailed}
        errors={
          error
            ? [
                ...(error instanceof ApiError && error.problem.errors?.length
                  ? error.problem.errors.map((e) => ({ message: e.message }))
                  : [{ message: error instanceof ApiError ? error.message : m.networkError }]),
              ]
            : []
        }
      />
      {open === null ? (
        <div className="button-row">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={action === 'reject' || action === 'archive' ? 'button button--secondary' : 'button'}
              disabled={transition.isPending}
              onClick={() => choose(action)}
            >
              {practiceActionLabels[action]}
            </button>
          ))}
        </div>
      ) : null}
      {open === 'return_for_revision' ? (
        <ReturnForm
          pending={transition.isPending}
          submitLabel={practiceActionLabels.return_for_revision}
          onSubmit={(value) => run('return_for_revision', value)}
          onCancel={() => setOpen(null)}
        />
      ) : null}
      {open && reasonLabels[open] ? (
        <ReasonForm
          action={open}
          pending={transition.isPending}
          onSubmit={(comment) =>
            open === 'reject' ? setRejecting(comment) : run(open, { comment, sectionComments: [] })
          }
          onCancel={() => setOpen(null)}
        />
      ) : null}
      <ConfirmDialog
        open={rejecting !== null}
        title={m.rejectConfirmTitle(practice.passport.title || m.untitled)}
        confirmLabel={m.confirmYes(practiceActionLabels.reject)}
        destructive
        pending={transition.isPending}
        onCancel={() => setRejecting(null)}
        onConfirm={() => {
          if (rejecting !== null) run('reject', { comment: rejecting, sectionComments: [] });
          setRejecting(null);
        }}
      >
        <p>{m.rejectConfirmText}</p>
        <p>{m.rejectConfirmReason(rejecting ?? '')}</p>
      </ConfirmDialog>
      {open && !reasonLabels[open] && confirmations[open] ? (
        <div className="action-form">
          <p className="notice notice--warning">{confirmations[open]}</p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={transition.isPending}
              onClick={() => run(open)}
            >
              {m.confirmYes(practiceActionLabels[open])}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setOpen(null)}>
              {m.cancel}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
