import { type LoaderFunctionArgs, useSearchParams } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { requireAuth, signedInOrRedirect } from '../../features/auth/lib/require-auth';
import { authMessages } from '../../features/auth/messages';
import { outboxQueryOptions, parseOutboxParams } from '../../features/mail/api/list-outbox';
import { OutboxFilter } from '../../features/mail/components/outbox-filter';
import { OutboxTable } from '../../features/mail/components/outbox-table';
import { mailMessages as m } from '../../features/mail/messages';
import { getQueryClient } from '../../lib/query-client';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAuth(request, ['admin']);
  const filters = parseOutboxParams(new URL(request.url).searchParams);
  await signedInOrRedirect(request, getQueryClient().ensureQueryData(outboxQueryOptions(filters)));
  return null;
}

export function Component() {
  const [searchParams] = useSearchParams();
  const filters = parseOutboxParams(searchParams);
  return (
    <>
      <Breadcrumbs items={[{ label: authMessages.accountTitle, to: '/account' }, { label: m.title }]} />
      <PageTitle>{m.title}</PageTitle>
      <p className="lead">{m.lead}</p>
      <OutboxFilter key={searchParams.toString()} filters={filters} />
      <SectionBoundary loadingLabel={m.loading}>
        <OutboxTable filters={filters} />
      </SectionBoundary>
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
