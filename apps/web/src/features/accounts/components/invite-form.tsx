import type { Account, InvitationCreated } from '@registry/contracts/accounts';
import type { UserRole } from '@registry/contracts/auth';
import { useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useMemo, useState } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api-error';
import { type FormErrors, fieldErrors, noFormErrors, problemErrors } from '../../../lib/form-errors';
import { accountKeys } from '../api/account-keys';
import { useCreateInvitation } from '../api/invitations';
import { accountsMessages as m } from '../messages';
import { CopyLink } from './copy-link';
import { PendingInvitation } from './pending-invitation';
import { RoleRegionFields, takesRegion } from './role-region-fields';

const ids = {
  name: 'invite-name',
  email: 'invite-email',
  role: 'invite-role',
  regionCode: 'invite-region',
} as const;
type Field = keyof typeof ids;

/** Roles each inviter may hand out: moderators invite only coordinators and experts. */
const rolesFor = (actorRole: UserRole): UserRole[] =>
  actorRole === 'admin' ? ['coordinator', 'expert', 'moderator', 'admin'] : ['coordinator', 'expert'];

function Created({ created, onAnother }: { created: InvitationCreated; onAnother: () => void }) {
  const url = `${window.location.origin}${created.inviteUrl}`;
  return (
    <div className="done-panel done-panel--left" role="status">
      <h3 className="done-panel__title">{m.inviteCreatedTitle}</h3>
      <p>{m.inviteCreatedText(created.email)}</p>
      <CopyLink url={url} label={m.inviteLinkLabel} />
      <p>
        <button type="button" className="link-button" onClick={onAnother}>
          {m.inviteFormTitle}
        </button>
      </p>
    </div>
  );
}

/** Name, e-mail, role (and a coordinator's region); shows the link to pass on once created. */
export function InviteForm({ actorRole }: { actorRole: UserRole }) {
  const create = useCreateInvitation();
  const queryClient = useQueryClient();
  const roles = rolesFor(actorRole);
  const [role, setRole] = useState<UserRole>(roles[0] ?? 'coordinator');
  const [missingRegion, setMissingRegion] = useState(false);

  // Memoised: a new errors object makes the summary take focus again.
  const errors: FormErrors<Field> = useMemo(
    () =>
      missingRegion
        ? fieldErrors<Field>({ regionCode: m.inviteRegionRequired }, ids)
        : create.error
          ? problemErrors(create.error, ids, m.offline)
          : noFormErrors,
    [missingRegion, create.error],
  );

  if (create.data) return <Created created={create.data} onAnother={() => create.reset()} />;
  if (create.error instanceof ApiError && create.error.problem.type === '/problems/invitation-pending') {
    const email = create.variables?.email.toLowerCase() ?? '';
    const account = queryClient.getQueryData<Account[]>(accountKeys.list())?.find((a) => a.email === email);
    return <PendingInvitation email={email} account={account} onDone={() => create.reset()} />;
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const form = new FormData(event.currentTarget);
    const regionCode = String(form.get('regionCode') ?? '');
    const coordinator = role === 'coordinator';
    setMissingRegion(coordinator && !regionCode);
    if (coordinator && !regionCode) return;
    create.mutate({
      name: String(form.get('name') ?? '').trim(),
      email: String(form.get('email') ?? '').trim(),
      role,
      // An expert's region is optional: their home region, a conflict of interest for its practices.
      ...(takesRegion(role) && regionCode ? { regionCode } : {}),
    });
  };

  return (
    <form className="account-form" method="post" noValidate onSubmit={submit}>
      <ErrorSummary title={m.inviteCreateFailed} errors={errors.summary} />
      <TextField
        id={ids.name}
        name="name"
        label={m.inviteNameLabel}
        autoComplete="off"
        error={errors.fields.name}
      />
      <TextField
        id={ids.email}
        name="email"
        type="email"
        label={m.inviteEmailLabel}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="none"
        error={errors.fields.email}
      />
      <RoleRegionFields ids={ids} roles={roles} role={role} onRoleChange={setRole} errors={errors.fields} />
      <button type="submit" className="button" disabled={create.isPending}>
        {m.inviteSend}
      </button>
      <span className="visually-hidden" role="status">
        {create.isPending ? m.inviteSending : ''}
      </span>
    </form>
  );
}
