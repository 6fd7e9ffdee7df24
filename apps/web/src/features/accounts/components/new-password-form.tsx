import type { FormEvent } from 'react';
import { useMemo, useState } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/text-field';
import { type FormErrors, fieldErrors, noFormErrors, problemErrors } from '../../../lib/form-errors';
import { checkNewPassword } from '../lib/check-new-password';
import { accountsMessages as m } from '../messages';

type Field = 'password' | 'confirm';

const idsFor = (prefix: string): Record<Field, string> => ({
  password: `${prefix}-password`,
  confirm: `${prefix}-confirm`,
});

interface NewPasswordFormProps {
  idPrefix: string;
  errorTitle: string;
  submitLabel: string;
  pending: boolean;
  /** The failed request, if the last submit failed. */
  error: unknown;
  /** The email the account signs in with, so password managers file the new password under it. */
  username?: string;
  onSubmit: (password: string) => void;
}

/** A new password and its confirmation, checked here before the API checks it again. */
export function NewPasswordForm({
  idPrefix,
  errorTitle,
  submitLabel,
  pending,
  error,
  username,
  onSubmit,
}: NewPasswordFormProps) {
  const ids = idsFor(idPrefix);
  const [local, setLocal] = useState<FormErrors<Field>>(noFormErrors);
  // Memoised: a new errors object makes the summary take focus again.
  const errors: FormErrors<Field> = useMemo(
    () =>
      local.summary.length > 0
        ? local
        : error
          ? problemErrors(error, idsFor(idPrefix), m.offline)
          : noFormErrors,
    [local, error, idPrefix],
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password') ?? '');
    const checked = fieldErrors(checkNewPassword(password, String(form.get('confirm') ?? '')), ids);
    setLocal(checked);
    if (checked.summary.length === 0) onSubmit(password);
  };

  return (
    <form className="account-form" method="post" noValidate onSubmit={submit}>
      <ErrorSummary title={errorTitle} errors={errors.summary} />
      {username ? <input type="hidden" name="username" autoComplete="username" value={username} /> : null}
      <TextField
        id={ids.password}
        name="password"
        type="password"
        label={m.newPasswordLabel}
        autoComplete="new-password"
        aria-describedby={errors.fields.password ? `${ids.password}-error` : `${ids.password}-hint`}
        error={errors.fields.password}
      />
      <p className="hint account-form__hint" id={`${ids.password}-hint`}>
        {m.passwordHint}
      </p>
      <TextField
        id={ids.confirm}
        name="confirm"
        type="password"
        label={m.confirmPasswordLabel}
        autoComplete="new-password"
        error={errors.fields.confirm}
      />
      <button type="submit" className="button" disabled={pending}>
        {submitLabel}
      </button>
      <span className="visually-hidden" role="status">
        {pending ? m.saving : ''}
      </span>
    </form>
  );
}
