import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { LoadingState } from '../../components/loading-state';
import { PageTitle } from '../../components/page-title';
import { savedSearchByTokenQueryOptions } from '../../features/saved-searches/api/by-token';
import { ConfirmSubscription } from '../../features/saved-searches/components/confirm-subscription';
import { ManageSubscription } from '../../features/saved-searches/components/manage-subscription';
import { SubscriptionLinkProblem } from '../../features/saved-searches/components/subscription-link-problem';
import { savedSearchesMessages as m } from '../../features/saved-searches/messages';

export function Component() {
  const token = useParams().token ?? '';
  const subscription = useQuery(savedSearchByTokenQueryOptions(token));
  const data = subscription.data;
  return (
    <div className="account-page">
      <PageTitle>{data?.status === 'pending' ? m.confirmTitle : m.manageTitle}</PageTitle>
      {data ? (
        data.status === 'pending' ? (
          <ConfirmSubscription token={token} subscription={data} />
        ) : (
          <ManageSubscription token={token} subscription={data} />
        )
      ) : subscription.error ? (
        <SubscriptionLinkProblem error={subscription.error} />
      ) : (
        <LoadingState label={m.loading} />
      )}
    </div>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
