import type { Account } from '@registry/contracts/accounts';
import { type CurrentUser, userRoleLabels } from '@registry/contracts/auth';
import { ApiError } from '../../../lib/api-error';
import { useAccounts, useUpdateAccount } from '../api/manage-accounts';
import { accountStatusLabels, accountsMessages as m } from '../messages';

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

/** Every account, with a button to disable or re-enable it where the actor may. */
export function AccountsTable({ actor }: { actor: CurrentUser }) {
  const { data: accounts } = useAccounts();
  const update = useUpdateAccount();
  return (
    <>
      {update.error ? (
        <div className="error-summary" role="alert">
          <p className="error-summary__title">{m.changeStatusFailed}</p>
          <p>{update.error instanceof ApiError ? update.error.message : m.offline}</p>
        </div>
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
                </td>
                <td className="accounts-table__actions">
                  {canToggle(actor, account) ? (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={pending}
                      aria-label={disabled ? m.enableFor(account.name) : m.disableFor(account.name)}
                      onClick={() =>
                        update.mutate({ id: account.id, body: { status: disabled ? 'active' : 'disabled' } })
                      }
                    >
                      {disabled ? m.enable : m.disable}
                    </button>
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
