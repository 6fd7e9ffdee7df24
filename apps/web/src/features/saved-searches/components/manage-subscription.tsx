import type { SavedSearch, SavedSearchFrequency } from '@registry/contracts/saved-searches';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '../../../components/error-summary';
import { problemErrors } from '../../../lib/form-errors';
import { useUpdateSavedSearch } from '../api/by-token';
import { savedSearchesMessages as m } from '../messages';
import { FrequencyChoice } from './frequency-choice';
import { SubscriptionDetails } from './subscription-details';

/** The page a message's link opens: the subscription, its frequency, and the way out. */
export function ManageSubscription({ token, subscription }: { token: string; subscription: SavedSearch }) {
  const update = useUpdateSavedSearch(token);
  const [frequency, setFrequency] = useState<SavedSearchFrequency>(subscription.frequency);
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!update.isPending) update.mutate(frequency);
  };
  return (
    <>
      <SubscriptionDetails subscription={subscription} />
      <form className="subscription__form" onSubmit={onSubmit} noValidate>
        <ErrorSummary
          title={m.failed}
          errors={update.error ? problemErrors(update.error, {}, m.offline).summary : []}
        />
        <FrequencyChoice id="manage-frequency" value={frequency} onChange={setFrequency} />
        <button type="submit" className="button" disabled={update.isPending}>
          {m.saveFrequency}
        </button>
        {update.isSuccess ? (
          <p className="notice notice--success" role="status">
            {m.frequencySaved}
          </p>
        ) : null}
      </form>
      <p>
        <Link to={`/subscriptions/${encodeURIComponent(token)}/unsubscribe`}>{m.unsubscribe}</Link>
      </p>
    </>
  );
}
