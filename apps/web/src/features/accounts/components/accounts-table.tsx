import type { Account } from '@registry/contracts/accounts';
import { type CurrentUser, userRoleLabels } from '@registry/contracts/auth';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useResendInvitation, useRevokeInvitation } from '../api/invitations';
import { useAccounts, useUpdateAccount } from '../api/manage-accounts';
import { useIssueResetLink } from '../api/passwords';
import { accountStatusLabels, accountsMessages as m } from '../messages';
import { AccountRoleForm } from './account-role-form';
import { CopyLink } from './copy-link';
import { Failure } from './failure';

const statusTag: Record<Account['status'], string> = {
  active: 'tag tag--green',
  invited: 'tag tag--blue',
  disabled: 'tag tag--grey',
};

/** The API's rule, mirrored to hide buttons that would only be refused: nobody switches themselves off. */
function canToggle(actor: CurrentUser, account: Account): boolean {
  if (account.id === actor.id || account.status === 'invited') return false;
  return actor.role === 'admin' || account.role === 'coordinator' || account.role === 'expert';
}

/** The API's rule for reset links: admins for anyone else, moderators for coordinators and experts. */
function canIssueReset(actor: CurrentUser, account: Account): boolean {
  if (account.id === actor.id || account.status !== 'active') return false;
  return actor.role === 'admin' || account.role === 'coordinator' || account.role === 'expert';
}

/** The API's rule for invitations: admins any role, moderators coordinators and experts. */
function canManageInvitation(actor: CurrentUser, account: Account): boolean {
  if (account.status !== 'invited') return false;
  return actor.role === 'admin' || account.role === 'coordinator' || account.role === 'expert';
}

/**
 * Every account, with buttons to disable or re-enable it and to create a password-reset link
 * where the actor may; people who asked for a reset are marked.
 */
export function AccountsTable({ actor }: { actor: CurrentUser }) {
  const { data: accounts } = useAccounts();
  const update = useUpdateAccount();
  const issueReset = useIssueResetLink();
  const resend = useResendInvitation();
  const revoke = useRevokeInvitation();
  const [issued, setIssued] = useState<{ label: string; url: string } | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  const [editing, setEditing] = useState<Account | null>(null);
  const [disabling, setDisabling] = useState<Account | null>(null);
  return (
    <>
      <ConfirmDialog
        open={disabling !== null}
        title={disabling ? m.disableConfirmTitle(disabling.name) : ''}
        confirmLabel={m.disableConfirmButton}
        destructive
        pending={update.isPending}
        onCancel={() => setDisabling(null)}
        onConfirm={() => {
          if (disabling)
            update.mutate(
              { id: disabling.id, body: { status: 'disabled' } },
              { onSettled: () => setDisabling(null) },
            );
        }}
      >
        <p>{disabling ? m.disableConfirmText(disabling.email) : null}</p>
      </ConfirmDialog>
      <Failure title={m.changeStatusFailed} error={update.error} />
      <Failure title={m.resetLinkFailed} error={issueReset.error} />
      <Failure title={m.resendInvitationFailed} error={resend.error} />
      <Failure title={m.revokeInvitationFailed} error={revoke.error} />
      {issued ? (
        <div className="notice" role="status">
          <CopyLink url={issued.url} label={issued.label} testId="reset-link" />
        </div>
      ) : null}
      {revoked ? (
        <div className="notice" role="status">
          <p>{m.invitationRevoked(revoked)}</p>
        </div>
      ) : null}
      {editing ? (
        <AccountRoleForm key={editing.id} account={editing} onClose={() => setEditing(null)} />
      ) : null}
      <table className="table accounts-table">
        <caption className="table__caption">{m.tableCaption(accounts.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columnName}</th>
            <th scope="col">{m.columnEmail}</th>
            <th scope="col">{m.columnRole}</th>
            <th scope="col">{m.columnRegion}</th>
            <th scope="col">{m.columnStatus}</th>
            <th scope="col">
              <span className="visually-hidden">{m.columnActions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => {
            const disabled = account.status === 'disabled';
            const pending = update.isPending && update.variables?.id === account.id;
            return (
              <tr key={account.id}>
                <th scope="row">{account.name}</th>
                <td data-label={m.columnEmail} className="accounts-table__email">
                  {account.email}
                </td>
                <td data-label={m.columnRole}>{userRoleLabels[account.role]}</td>
                <td data-label={m.columnRegion}>{account.region?.nameRu ?? m.noRegion}</td>
                <td data-label={m.columnStatus}>
                  <span className={statusTag[account.status]}>{accountStatusLabels[account.status]}</span>
                  {account.resetRequestedAt ? (
                    <span className="tag tag--orange accounts-table__reset">{m.resetRequestedTag}</span>
                  ) : null}
                </td>
                <td className="accounts-table__actions">
                  {canToggle(actor, account) ? (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={pending}
                      aria-label={disabled ? m.enableFor(account.name) : m.disableFor(account.name)}
                      onClick={() =>
                        disabled
                          ? update.mutate({ id: account.id, body: { status: 'active' } })
                          : setDisabling(account)
                      }
                    >
                      {disabled ? m.enable : m.disable}
                    </button>
                  ) : null}
                  {actor.role === 'admin' && account.id !== actor.id ? (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={m.roleFormFor(account.name)}
                      onClick={() => setEditing(account)}
                    >
                      {m.roleFormOpen}
                    </button>
                  ) : null}
                  {canIssueReset(actor, account) ? (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={issueReset.isPending}
                      aria-label={m.resetLinkFor(account.name)}
                      onClick={() =>
                        issueReset.mutate(account.id, {
                          onSuccess: (link) =>
                            setIssued({
                              label: m.resetLinkLabel(account.name),
                              url: `${window.location.origin}${link.resetUrl}`,
                            }),
                        })
                      }
                    >
                      {m.resetLink}
                    </button>
                  ) : null}
                  {canManageInvitation(actor, account) ? (
                    <>
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        disabled={resend.isPending}
                        aria-label={m.resendInvitationFor(account.name)}
                        onClick={() =>
                          resend.mutate(account.id, {
                            onSuccess: (created) => {
                              setRevoked(null);
                              setIssued({
                                label: m.resentLinkLabel(account.name),
                                url: `${window.location.origin}${created.inviteUrl}`,
                              });
                            },
                          })
                        }
                      >
                        {m.resendInvitation}
                      </button>
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        disabled={revoke.isPending}
                        aria-label={m.revokeInvitationFor(account.name)}
                        onClick={() =>
                          revoke.mutate(account.id, {
                            onSuccess: () => {
                              setIssued(null);
                              setRevoked(account.name);
                            },
                          })
                        }
                      >
                        {m.revokeInvitation}
                      </button>
                    </>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
