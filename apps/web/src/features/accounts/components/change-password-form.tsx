import type { FormEvent } from 'react';
import { useMemo, useState } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/text-field';
import { type FormErrors, fieldErrors, noFormErrors, problemErrors } from '../../../lib/form-errors';
import { useChangePassword } from '../api/passwords';
import { checkNewPassword } from '../lib/check-new-password';
import { accountsMessages as m } from '../messages';

const ids = {
  currentPassword: 'change-current',
  newPassword: 'change-new',
  confirm: 'change-confirm',
} as const;
type Field = keyof typeof ids;

/** Current and new password; success ends every session, so `onChanged` sends the user to sign in. */
export function ChangePasswordForm({
  email,
  onChanged,
}: {
  email: string;
  onChanged: () => void | Promise<void>;
}) {
  const change = useChangePassword(onChanged);
  const [local, setLocal] = useState<FormErrors<Field>>(noFormErrors);
  // Memoised: a new errors object makes the summary take focus again.
  const errors: FormErrors<Field> = useMemo(
    () =>
      local.summary.length > 0
        ? local
        : change.error
          ? problemErrors(change.error, ids, m.offline)
          : noFormErrors,
    [local, change.error],
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    const form = new FormData(event.currentTarget);
    const currentPassword = String(form.get('currentPassword') ?? '');
    const newPassword = String(form.get('newPassword') ?? '');
    const check = checkNewPassword(newPassword, String(form.get('confirm') ?? ''));
    const checked = fieldErrors<Field>(
      {
        currentPassword: currentPassword ? undefined : 'Введите текущий пароль',
        newPassword: check.password,
        confirm: check.confirm,
      },
      ids,
    );
    setLocal(checked);
    if (checked.summary.length === 0) change.mutate({ currentPassword, newPassword });
  };

  return (
    <form className="account-form" method="post" noValidate onSubmit={submit}>
      <ErrorSummary title={m.changeFailed} errors={errors.summary} />
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <TextField
        id={ids.currentPassword}
        name="currentPassword"
        type="password"
        label={m.currentPasswordLabel}
        autoComplete="current-password"
        error={errors.fields.currentPassword}
      />
      <TextField
        id={ids.newPassword}
        name="newPassword"
        type="password"
        label={m.newPasswordLabel}
        autoComplete="new-password"
        error={errors.fields.newPassword}
      />
      <p className="hint account-form__hint">{m.passwordHint}</p>
      <TextField
        id={ids.confirm}
        name="confirm"
        type="password"
        label={m.confirmPasswordLabel}
        autoComplete="new-password"
        error={errors.fields.confirm}
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
