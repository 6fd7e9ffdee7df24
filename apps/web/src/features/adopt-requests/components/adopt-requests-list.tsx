import {
  ADOPT_REQUEST_STATUSES,
  type AdoptRequest,
  type AdoptRequestStatus,
  adoptRequestStatusLabels,
} from '@registry/contracts/adopt-requests';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorSummary } from '../../../components/error-summary';
import { problemErrors } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import {
  useAdoptRequests,
  useDeleteAdoptRequest,
  useReplyToAdoptRequest,
  useSetAdoptRequestStatus,
} from '../api/staff-adopt-requests';
import { adoptRequestMessages as m } from '../messages';

function RequestCard({ request }: { request: AdoptRequest }) {
  const setStatus = useSetAdoptRequestStatus(request.id);
  const reply = useReplyToAdoptRequest(request.id);
  const remove = useDeleteAdoptRequest(request.id);
  const [status, setStatusValue] = useState<AdoptRequestStatus>(request.status);
  // A reply moves a new request to «На связи»: the choice follows the saved status.
  useEffect(() => setStatusValue(request.status), [request.status]);
  const [text, setText] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const onError = (e: unknown) => setError(e);
  const base = `request-${request.id}`;
  return (
    <article className="adopt-request-card" id={base} aria-labelledby={`${base}-title`}>
      <h2 className="adopt-request-card__title" id={`${base}-title`}>
        {request.organisation} —{' '}
        <Link to={`/practices/${request.practice.slug}`}>{request.practice.title}</Link>
      </h2>
      {error ? (
        <ErrorSummary title={m.actionFailed} errors={problemErrors(error, {}, m.offline).summary} />
      ) : null}
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{m.received}</dt>
          <dd>{formatDateTime(request.createdAt)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{m.requesterName}</dt>
          <dd>{request.name}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{m.requesterRegion}</dt>
          <dd>
            {request.region.name}
            {request.adoptionId ? (
              <>
                {' · '}
                <Link to={`/practices/${request.practice.slug}#adoptions`}>{m.adoptionDeclared}</Link>
              </>
            ) : null}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{m.email}</dt>
          <dd>
            <a href={`mailto:${request.email}`}>{request.email}</a>
            {request.phone ? ` · ${request.phone}` : ''}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{m.message}</dt>
          <dd className="adopt-request-card__message">{request.message}</dd>
        </div>
      </dl>
      <form
        className="adopt-request-card__status"
        onSubmit={(event) => {
          event.preventDefault();
          setError(null);
          setStatus.mutate(status, { onError });
        }}
      >
        <label className="form-label" htmlFor={`${base}-status`}>
          {m.status}
        </label>
        <select
          id={`${base}-status`}
          className="input select"
          value={status}
          onChange={(event) => setStatusValue(event.target.value as AdoptRequestStatus)}
        >
          {ADOPT_REQUEST_STATUSES.map((value) => (
            <option key={value} value={value}>
              {adoptRequestStatusLabels[value]}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--secondary" disabled={setStatus.isPending}>
          {m.saveStatus}
        </button>
      </form>
      {request.replies.length > 0 ? (
        <>
          <h3>{m.replies}</h3>
          <ul className="adopt-request-card__replies">
            {request.replies.map((r) => (
              <li key={r.id}>
                <span className="material__meta">{formatDateTime(r.createdAt)}</span>
                <p>{r.body}</p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setError(null);
          reply.mutate({ body: text }, { onSuccess: () => setText(''), onError });
        }}
      >
        <div className="form-group">
          <label className="form-label" htmlFor={`${base}-reply`}>
            {m.reply}
          </label>
          <div className="hint" id={`${base}-reply-hint`}>
            {m.replyHint}
          </div>
          <textarea
            id={`${base}-reply`}
            className="textarea"
            rows={4}
            aria-describedby={`${base}-reply-hint`}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="adopt-request-card__actions">
          <button type="submit" className="button" disabled={reply.isPending}>
            {m.sendReply}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
            {m.remove}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title={m.confirmRemove}
        confirmLabel={m.remove}
        destructive
        pending={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => remove.mutate(undefined, { onSettled: () => setConfirming(false), onError })}
      >
        <p>{m.confirmRemoveText}</p>
      </ConfirmDialog>
    </article>
  );
}

/** The coordinators' (or moderators') list of requests, newest first, each with its actions. */
export function AdoptRequestsList() {
  const { data } = useAdoptRequests();
  if (data.items.length === 0) return <p className="empty-state">{m.none}</p>;
  return (
    <div className="adopt-requests">
      {data.items.map((request) => (
        <RequestCard key={request.id} request={request} />
      ))}
    </div>
  );
}
