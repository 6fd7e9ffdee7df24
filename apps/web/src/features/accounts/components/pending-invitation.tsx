import type { Account } from '@registry/contracts/accounts';
import { useResendInvitation, useRevokeInvitation } from '../api/invitations';
import { accountsMessages as m } from '../messages';
import { CopyLink } from './copy-link';
import { Failure } from './failure';

/**
 * Shown when the address being invited already has an invitation nobody accepted: offers a
 * new link or revoking it, instead of a dead end.
 */
export function PendingInvitation({
  email,
  account,
  onDone,
}: {
  email: string;
  account: Account | undefined;
  onDone: () => void;
}) {
  const resend = useResendInvitation();
  const revoke = useRevokeInvitation();
  if (resend.data) {
    return (
      <div className="done-panel done-panel--left" role="status">
        <h3 className="done-panel__title">{m.inviteCreatedTitle}</h3>
        <CopyLink
          url={`${window.location.origin}${resend.data.inviteUrl}`}
          label={m.resentLinkLabel(account?.name ?? email)}
        />
        <p>
          <button type="button" className="link-button" onClick={onDone}>
            {m.inviteFormTitle}
          </button>
        </p>
      </div>
    );
  }
  if (revoke.isSuccess) {
    return (
      <div className="done-panel done-panel--left" role="status">
        <p>{m.invitationRevoked(account?.name ?? email)}</p>
        <p>
          <button type="button" className="link-button" onClick={onDone}>
            {m.inviteFormTitle}
          </button>
        </p>
      </div>
    );
  }
  return (
    <div className="notice" role="alert">
      <h3 className="notice__title">{m.invitePendingTitle}</h3>
      <p>{m.invitePendingText(email)}</p>
      <Failure title={m.resendInvitationFailed} error={resend.error} />
      <Failure title={m.revokeInvitationFailed} error={revoke.error} />
      {account ? (
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={resend.isPending}
            onClick={() => resend.mutate(account.id)}
          >
            {m.resendInvitation}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={revoke.isPending}
            onClick={() => revoke.mutate(account.id)}
          >
            {m.revokeInvitation}
          </button>
        </div>
      ) : (
        <p>{m.invitePendingNotListed}</p>
      )}
      <p>
        <button type="button" className="link-button" onClick={onDone}>
          {m.inviteFormTitle}
        </button>
      </p>
    </div>
  );
}
