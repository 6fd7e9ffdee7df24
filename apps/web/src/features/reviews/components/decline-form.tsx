import { useContractForm } from '../../../lib/use-contract-form';
import { useDeclineAssignment } from '../api/assignments';
import { DeclineFormSchema } from '../lib/review-form-schemas';
import { reviewMessages as m } from '../messages';

const ids = { reason: 'decline-reason' };

/** Declining an assignment, with a reason the moderator sees; folded away until needed. */
export function DeclineForm({ assignmentId }: { assignmentId: number }) {
  const decline = useDeclineAssignment(assignmentId);
  const { form, summary, submit, errorOf } = useContractForm(DeclineFormSchema, {
    defaultValues: { reason: '' },
    ids,
    offline: m.offline,
  });
  const onSubmit = submit(({ reason }, failed) => decline.mutate(reason, { onError: failed }));
  // One message under the reason: the contract's, or the API's refusal in its own words.
  const error = errorOf('reason') ?? summary[0]?.message;
  return (
    <details className="details">
      <summary>{m.declineTitle}</summary>
      <form onSubmit={onSubmit} noValidate>
        <div className={error ? 'form-group form-group--error' : 'form-group'}>
          <label className="form-label" htmlFor={ids.reason}>
            {m.declineReason}
          </label>
          {error ? (
            <p className="error-message" id="decline-reason-error">
              <span className="visually-hidden">{m.errorPrefix}</span> {error}
            </p>
          ) : null}
          <textarea
            id={ids.reason}
            className={error ? 'textarea input--error' : 'textarea'}
            rows={3}
            aria-describedby={error ? 'decline-reason-error' : undefined}
            {...form.register('reason')}
          />
        </div>
        <button type="submit" className="button button--secondary" disabled={decline.isPending}>
          {m.decline}
        </button>
      </form>
    </details>
  );
}
