import type { SavedSearch } from '@registry/contracts/saved-searches';
import { useSuspenseQuery } from '@tanstack/react-query';
import { ErrorSummary } from '../../../components/error-summary';
import { problemErrors } from '../../../lib/form-errors';
import { mySavedSearchesQueryOptions, useDeleteMySavedSearch, useUpdateMySavedSearch } from '../api/mine';
import { savedSearchesMessages as m } from '../messages';
import { FrequencyChoice } from './frequency-choice';
import { SubscriptionDetails } from './subscription-details';

/** A staff member's subscriptions (of their account's e-mail), each with its frequency and a delete. */
export function MySubscriptions() {
  const { data } = useSuspenseQuery(mySavedSearchesQueryOptions());
  const update = useUpdateMySavedSearch();
  const remove = useDeleteMySavedSearch();
  const error = update.error ?? remove.error;
  return (
    <>
      <p className="lead">{m.mineLead(data.email)}</p>
      <ErrorSummary title={m.failed} errors={error ? problemErrors(error, {}, m.offline).summary : []} />
      {data.items.length === 0 ? <p>{m.mineEmpty}</p> : null}
      <ul className="subscriptions">
        {data.items.map((item: SavedSearch, index) => (
          <li key={item.id} className="subscriptions__item">
            <SubscriptionDetails subscription={item} />
            <FrequencyChoice
              id={`mine-${item.id}-frequency`}
              legend={m.frequencyOf(index + 1)}
              value={item.frequency}
              onChange={(frequency) => update.mutate({ id: item.id, frequency })}
            />
            <button
              type="button"
              className="button button--secondary"
              disabled={remove.isPending}
              onClick={() => remove.mutate(item.id)}
            >
              {m.deleteMine}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
