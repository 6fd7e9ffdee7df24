import type { Invitation } from '@registry/contracts/accounts';
import { userRoleLabels } from '@registry/contracts/auth';
import { Link } from 'react-router';
import { useAcceptInvitation } from '../api/invitations';
import { accountsMessages as m } from '../messages';
import { DonePanel } from './done-panel';
import { NewPasswordForm } from './new-password-form';

/** Whom the invitation is for, and the password that activates the account. */
export function InvitationAccept({ token, invitation }: { token: string; invitation: Invitation }) {
  const accept = useAcceptInvitation(token);
  if (accept.isSuccess) {
    return (
      <DonePanel title={m.inviteDone}>
        <p>{m.inviteDoneText}</p>
        <p>
          <Link to="/login" className="button">
            {m.signInLink}
          </Link>
        </p>
      </DonePanel>
    );
  }
  return (
    <>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{m.nameLabel}</dt>
          <dd>{invitation.name}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{m.emailLabel}</dt>
          <dd>{invitation.email}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{m.roleLabel}</dt>
          <dd>{userRoleLabels[invitation.role]}</dd>
        </div>
      </dl>
      <p>{m.inviteLead}</p>
      <NewPasswordForm
        idPrefix="invite"
        errorTitle={m.inviteFailed}
        submitLabel={m.inviteSubmit}
        pending={accept.isPending}
        username={invitation.email}
        onSubmit={(password, failed) => accept.mutate(password, { onError: failed })}
      />
    </>
  );
}
