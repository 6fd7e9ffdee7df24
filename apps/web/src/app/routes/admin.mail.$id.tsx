import { data, type LoaderFunctionArgs, useParams } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { requireAuth, signedInOrRedirect } from '../../features/auth/lib/require-auth';
import { authMessages } from '../../features/auth/messages';
import { outboxMessageQueryOptions } from '../../features/mail/api/get-outbox-message';
import { OutboxMessageView } from '../../features/mail/components/outbox-message-view';
import { mailMessages as m } from '../../features/mail/messages';
import { getQueryClient } from '../../lib/query-client';

const idOf = (value: string | undefined) => {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw data(null, { status: 404 });
  return id;
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAuth(request, ['admin']);
  await signedInOrRedirect(
    request,
    getQueryClient().ensureQueryData(outboxMessageQueryOptions(idOf(params.id))),
  );
  return null;
}

export function Component() {
  const id = idOf(useParams().id);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: authMessages.accountTitle, to: '/account' },
          { label: m.title, to: '/admin/mail' },
          { label: m.messageTitle(id) },
        ]}
      />
      <PageTitle>{m.messageTitle(id)}</PageTitle>
      <SectionBoundary loadingLabel={m.loading}>
        <OutboxMessageView id={id} />
      </SectionBoundary>
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
