import { type FormEvent, useState } from 'react';
import { ApiError } from '../../../lib/api-error';
import { useDeclineAssignment } from '../api/assignments';
import { reviewMessages as m } from '../messages';

/** Declining an assignment, with a reason the moderator sees; folded away until needed. */
export function DeclineForm({ assignmentId }: { assignmentId: number }) {
  const decline = useDeclineAssignment(assignmentId);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setError(m.declineRequired);
    setError(null);
    decline.mutate(reason.trim(), {
      onError: (e) => setError(e instanceof ApiError ? (e.problem.detail ?? e.message) : m.offline),
    });
  };
  return (
    <details className="details">
      <summary>{m.declineTitle}</summary>
      <form onSubmit={onSubmit} noValidate>
        <div className={error ? 'form-group form-group--error' : 'form-group'}>
          <label className="form-label" htmlFor="decline-reason">
            {m.declineReason}
          </label>
          {error ? (
            <p className="error-message" id="decline-reason-error">
              <span className="visually-hidden">{m.errorPrefix}</span> {error}
            </p>
          ) : null}
          <textarea
            id="decline-reason"
            className={error ? 'textarea input--error' : 'textarea'}
            rows={3}
            value={reason}
            aria-describedby={error ? 'decline-reason-error' : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
        <button type="submit" className="button button--secondary" disabled={decline.isPending}>
          {m.decline}
        </button>
      </form>
    </details>
  );
}
