// The admin's form to change an account's role and region (a moderator made an admin, a
// coordinator moved to another region, an expert given a home region).
import type { Account } from '@registry/contracts/accounts';
import { USER_ROLES, type UserRole } from '@registry/contracts/auth';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { type FormErrors, fieldErrors, noFormErrors, problemErrors } from '../../../lib/form-errors';
import { useUpdateAccount } from '../api/manage-accounts';
import { accountsMessages as m } from '../messages';
import { RoleRegionFields, takesRegion } from './role-region-fields';

const ids = { role: 'change-role', regionCode: 'change-region' } as const;
type Field = keyof typeof ids;

export function AccountRoleForm({ account, onClose }: { account: Account; onClose: () => void }) {
  const update = useUpdateAccount();
  const [role, setRole] = useState<UserRole>(account.role);
  const [missingRegion, setMissingRegion] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened from a row's button: the form takes focus so keyboard users land in it.
  useEffect(() => heading.current?.focus(), []);

  const errors: FormErrors<Field> = useMemo(
    () =>
      missingRegion
        ? fieldErrors<Field>({ regionCode: m.inviteRegionRequired }, ids)
        : update.error
          ? problemErrors(update.error, ids, m.offline)
          : noFormErrors,
    [missingRegion, update.error],
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const regionCode = String(new FormData(event.currentTarget).get('regionCode') ?? '');
    const missing = role === 'coordinator' && !regionCode;
    setMissingRegion(missing);
    if (missing) return;
    update.mutate(
      { id: account.id, body: { role, regionCode: takesRegion(role) && regionCode ? regionCode : null } },
      { onSuccess: onClose },
    );
  };

  return (
    <form
      className="account-form account-form--panel"
      noValidate
      onSubmit={submit}
      aria-labelledby="change-role-title"
    >
      <h3 id="change-role-title" tabIndex={-1} ref={heading}>
        {m.roleFormTitle(account.name)}
      </h3>
      <ErrorSummary title={m.roleFormFailed} errors={errors.summary} />
      <RoleRegionFields
        ids={ids}
        roles={USER_ROLES}
        role={role}
        onRoleChange={setRole}
        defaultRegion={account.region?.code}
        errors={errors.fields}
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
