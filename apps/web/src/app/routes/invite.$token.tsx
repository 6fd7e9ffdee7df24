import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { LoadingState } from '../../components/loading-state';
import { PageTitle } from '../../components/page-title';
import { invitationQueryOptions } from '../../features/accounts/api/invitations';
import { InvitationAccept } from '../../features/accounts/components/invitation-accept';
import { isBadLink, LinkProblem } from '../../features/accounts/components/link-problem';
import { accountsMessages as m } from '../../features/accounts/messages';

export function Component() {
  const token = useParams().token ?? '';
  const invitation = useQuery(invitationQueryOptions(token));
  return (
    <div className="account-page">
      <PageTitle>{m.inviteTitle}</PageTitle>
      {invitation.data ? (
        <InvitationAccept token={token} invitation={invitation.data} />
      ) : invitation.error && isBadLink(invitation.error) ? (
        <LinkProblem
          error={invitation.error}
          notFound={{ title: m.inviteNotFoundTitle, text: m.inviteNotFound }}
          gone={{ title: m.inviteGoneTitle, text: m.inviteGone }}
        />
      ) : invitation.error ? (
        <div className="notice">
          <p>{m.offline}</p>
        </div>
      ) : (
        <LoadingState label={m.inviteLoading} />
      )}
    </div>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
