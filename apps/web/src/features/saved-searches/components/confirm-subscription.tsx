import type { SavedSearch } from '@registry/contracts/saved-searches';
import { ErrorSummary } from '../../../components/error-summary';
import { problemErrors } from '../../../lib/form-errors';
import { useConfirmSavedSearch, useUnsubscribe } from '../api/by-token';
import { savedSearchesMessages as m } from '../messages';
import { ManageSubscription } from './manage-subscription';
import { SubscriptionDetails } from './subscription-details';
import { Unsubscribed } from './unsubscribe-subscription';

/**
 * Double opt-in's second step. The link opens this page and a button confirms: a mail scanner that
 * opens the link confirms nothing. Someone who did not subscribe can delete it here at once.
 */
export function ConfirmSubscription({ token, subscription }: { token: string; subscription: SavedSearch }) {
  const confirm = useConfirmSavedSearch(token);
  const remove = useUnsubscribe(token);
  if (remove.isSuccess) return <Unsubscribed />;
  if (subscription.status === 'confirmed') {
    return (
      <>
        <div className="notice notice--success" role="status">
          <h2 className="notice__title">{m.confirmedTitle}</h2>
          <p>{m.confirmedText}</p>
        </div>
        <ManageSubscription token={token} subscription={subscription} />
      </>
    );
  }
  const error = confirm.error ?? remove.error;
  return (
    <>
      <p className="lead">{m.confirmLead}</p>
      <ErrorSummary title={m.failed} errors={error ? problemErrors(error, {}, m.offline).summary : []} />
      <SubscriptionDetails subscription={subscription} />
      <div className="subscription-actions">
        <button
          type="button"
          className="button"
          disabled={confirm.isPending}
          onClick={() => confirm.mutate()}
        >
          {m.confirmSubmit}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={remove.isPending}
          onClick={() => remove.mutate()}
        >
          {m.notMine}
        </button>
      </div>
    </>
  );
}
