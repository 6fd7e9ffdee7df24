import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/text-field';
import { useContractForm } from '../../../lib/use-contract-form';
import { useChangePassword } from '../api/passwords';
import { ChangePasswordFormSchema } from '../lib/password-form-schema';
import { accountsMessages as m } from '../messages';

const ids = {
  currentPassword: 'change-current',
  newPassword: 'change-new',
  confirm: 'change-confirm',
} as const;

/** Current and new password; success ends every session, so `onChanged` sends the user to sign in. */
export function ChangePasswordForm({
  email,
  onChanged,
}: {
  email: string;
  onChanged: () => void | Promise<void>;
}) {
  const change = useChangePassword(onChanged);
  const { form, summary, submit, errorOf } = useContractForm(ChangePasswordFormSchema, {
    defaultValues: { currentPassword: '', newPassword: '', confirm: '' },
    ids,
    offline: m.offline,
  });
  const onSubmit = submit((body, failed) => {
    if (!change.isPending) change.mutate(body, { onError: failed });
  });

  return (
    <form className="account-form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary title={m.changeFailed} errors={summary} />
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <TextField
        id={ids.currentPassword}
        type="password"
        label={m.currentPasswordLabel}
        autoComplete="current-password"
        error={errorOf('currentPassword')}
        {...form.register('currentPassword')}
      />
      <TextField
        id={ids.newPassword}
        type="password"
        label={m.newPasswordLabel}
        autoComplete="new-password"
        error={errorOf('newPassword')}
        {...form.register('newPassword')}
      />
      <p className="hint account-form__hint">{m.passwordHint}</p>
      <TextField
        id={ids.confirm}
        type="password"
        label={m.confirmPasswordLabel}
        autoComplete="new-password"
        error={errorOf('confirm')}
        {...form.register('confirm')}
      />
      <button type="submit" className="button" disabled={change.isPending}>
        {m.changeSubmit}
      </button>
      <span className="visually-hidden" role="status">
        {change.isPending ? m.saving : ''}
      </span>
    </form>
  );
}
