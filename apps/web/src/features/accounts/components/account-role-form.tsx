// The admin's form to change an account's role and region (a moderator made an admin, a
// coordinator moved to another region, an expert given a home region).
import type { Account } from '@registry/contracts/accounts';
import { USER_ROLES } from '@registry/contracts/auth';
import { useEffect, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { ErrorSummary } from '../../../components/error-summary';
import { useContractForm } from '../../../lib/use-contract-form';
import { useUpdateAccount } from '../api/manage-accounts';
import { AccountRoleFormSchema } from '../lib/account-form-schema';
import { accountsMessages as m } from '../messages';
import { RoleRegionFields } from './role-region-fields';

const ids = { role: 'change-role', regionCode: 'change-region' } as const;

export function AccountRoleForm({ account, onClose }: { account: Account; onClose: () => void }) {
  const update = useUpdateAccount();
  const { form, summary, submit, errorOf } = useContractForm(AccountRoleFormSchema, {
    defaultValues: { role: account.role, regionCode: account.region?.code ?? '' },
    ids,
    offline: m.offline,
  });
  const role = useWatch({ control: form.control, name: 'role' });
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened from a row's button: the form takes focus so keyboard users land in it.
  useEffect(() => heading.current?.focus(), []);

  const onSubmit = submit((body, failed) => {
    if (update.isPending) return;
    update.mutate({ id: account.id, body }, { onSuccess: onClose, onError: failed });
  });

  return (
    <form
      className="account-form account-form--panel"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="change-role-title"
    >
      <h3 id="change-role-title" tabIndex={-1} ref={heading}>
        {m.roleFormTitle(account.name)}
      </h3>
      <ErrorSummary title={m.roleFormFailed} errors={summary} />
      <RoleRegionFields
        ids={ids}
        roles={USER_ROLES}
        role={role}
        fields={{ role: form.register('role'), regionCode: form.register('regionCode') }}
        errors={{ role: errorOf('role'), regionCode: errorOf('regionCode') }}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={update.isPending}>
          {m.roleFormSave}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {m.roleFormCancel}
        </button>
      </div>
    </form>
  );
}
