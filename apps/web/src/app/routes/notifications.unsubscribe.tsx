import { useSearchParams } from 'react-router';
import { PageTitle } from '../../components/page-title';
import { UnsubscribeConfirm } from '../../features/notifications/components/unsubscribe-confirm';
import { unsubscribeMessages as m } from '../../features/notifications/messages';

export function Component() {
  const [searchParams] = useSearchParams();
  return (
    <div className="account-page">
      <PageTitle>{m.title}</PageTitle>
      <UnsubscribeConfirm token={searchParams.get('token') ?? ''} />
    </div>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
