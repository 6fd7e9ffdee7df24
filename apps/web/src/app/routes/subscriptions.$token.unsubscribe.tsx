import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { LoadingState } from '../../components/loading-state';
import { PageTitle } from '../../components/page-title';
import { savedSearchByTokenQueryOptions } from '../../features/saved-searches/api/by-token';
import { SubscriptionLinkProblem } from '../../features/saved-searches/components/subscription-link-problem';
import { UnsubscribeSubscription } from '../../features/saved-searches/components/unsubscribe-subscription';
import { savedSearchesMessages as m } from '../../features/saved-searches/messages';

export function Component() {
  const token = useParams().token ?? '';
  const subscription = useQuery(savedSearchByTokenQueryOptions(token));
  return (
    <div className="account-page">
      <PageTitle>{m.unsubscribeTitle}</PageTitle>
      {subscription.data ? (
        <UnsubscribeSubscription token={token} subscription={subscription.data} />
      ) : subscription.error ? (
        <SubscriptionLinkProblem error={subscription.error} />
      ) : (
        <LoadingState label={m.loading} />
      )}
    </div>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
