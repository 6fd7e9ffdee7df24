import type { Account, InvitationCreated } from '@registry/contracts/accounts';
import type { UserRole } from '@registry/contracts/auth';
import { useQueryClient } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api-error';
import { useContractForm } from '../../../lib/use-contract-form';
import { accountKeys } from '../api/account-keys';
import { useCreateInvitation } from '../api/invitations';
import { InviteFormSchema, type InviteFormValues } from '../lib/account-form-schema';
import { accountsMessages as m } from '../messages';
import { CopyLink } from './copy-link';
import { PendingInvitation } from './pending-invitation';
import { RoleRegionFields } from './role-region-fields';

const ids = {
  name: 'invite-name',
  email: 'invite-email',
  role: 'invite-role',
  regionCode: 'invite-region',
} as const;

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
  const empty = (role: UserRole): InviteFormValues => ({ name: '', email: '', role, regionCode: '' });
  const { form, summary, submit, errorOf } = useContractForm(InviteFormSchema, {
    defaultValues: empty(roles[0] ?? 'coordinator'),
    ids,
    offline: m.offline,
  });
  const role = useWatch({ control: form.control, name: 'role' });

  if (create.data) return <Created created={create.data} onAnother={() => create.reset()} />;
  if (create.error instanceof ApiError && create.error.problem.type === '/problems/invitation-pending') {
    const email = create.variables?.email.toLowerCase() ?? '';
    const account = queryClient.getQueryData<Account[]>(accountKeys.list())?.find((a) => a.email === email);
    return <PendingInvitation email={email} account={account} onDone={() => create.reset()} />;
  }

  const onSubmit = submit((body, failed) => {
    if (create.isPending) return;
    create.mutate(body, {
      // The next invitation starts blank, with the role just used.
      onSuccess: () => form.reset(empty(body.role)),
      onError: (error) => {
        const pending = error instanceof ApiError && error.problem.type === '/problems/invitation-pending';
        // The pending invitation's panel answers instead; the form comes back blank after it.
        if (pending) form.reset(empty(body.role));
        else failed(error);
      },
    });
  });

  return (
    <form className="account-form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary title={m.inviteCreateFailed} errors={summary} />
      <TextField
        id={ids.name}
        label={m.inviteNameLabel}
        autoComplete="off"
        error={errorOf('name')}
        {...form.register('name')}
      />
      <TextField
        id={ids.email}
        type="email"
        label={m.inviteEmailLabel}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="none"
        error={errorOf('email')}
        {...form.register('email')}
      />
      <RoleRegionFields
        ids={ids}
        roles={roles}
        role={role}
        fields={{ role: form.register('role'), regionCode: form.register('regionCode') }}
        errors={{ role: errorOf('role'), regionCode: errorOf('regionCode') }}
      />
      <button type="submit" className="button" disabled={create.isPending}>
        {m.inviteSend}
      </button>
      <span className="visually-hidden" role="status">
        {create.isPending ? m.inviteSending : ''}
      </span>
    </form>
  );
}
