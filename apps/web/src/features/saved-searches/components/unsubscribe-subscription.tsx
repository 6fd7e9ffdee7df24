import type { SavedSearch } from '@registry/contracts/saved-searches';
import { Link } from 'react-router';
import { ErrorSummary } from '../../../components/error-summary';
import { problemErrors } from '../../../lib/form-errors';
import { useUnsubscribe } from '../api/by-token';
import { savedSearchesMessages as m } from '../messages';

/** Done: the subscription and its address are gone. */
export function Unsubscribed() {
  return (
    <div className="notice notice--success" role="status">
      <h2 className="notice__title">{m.unsubscribedTitle}</h2>
      <p>{m.unsubscribedText}</p>
      <p>
        <Link to="/practices">{m.toCatalogue}</Link>
      </p>
    </div>
  );
}

/**
 * The unsubscribe page (the link in each message, and where the List-Unsubscribe address sends a
 * browser): one button, since opening a link must never unsubscribe by itself.
 */
export function UnsubscribeSubscription({
  token,
  subscription,
}: {
  token: string;
  subscription: SavedSearch;
}) {
  const remove = useUnsubscribe(token);
  if (remove.isSuccess) return <Unsubscribed />;
  return (
    <>
      <p className="lead">{m.unsubscribeLead}</p>
      <ErrorSummary
        title={m.failed}
        errors={remove.error ? problemErrors(remove.error, {}, m.offline).summary : []}
      />
      <ul className="subscription__summary">
        {subscription.summary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>{subscription.email}</p>
      <button
        type="button"
        className="button button--warning"
        disabled={remove.isPending}
        onClick={() => remove.mutate()}
      >
        {m.unsubscribe}
      </button>
    </>
  );
}
