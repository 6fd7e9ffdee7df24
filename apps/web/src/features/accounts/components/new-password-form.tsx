import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/text-field';
import { useContractForm } from '../../../lib/use-contract-form';
import { NewPasswordFormSchema } from '../lib/password-form-schema';
import { accountsMessages as m } from '../messages';

interface NewPasswordFormProps {
  idPrefix: string;
  errorTitle: string;
  submitLabel: string;
  pending: boolean;
  /** The email the account signs in with, so password managers file the new password under it. */
  username?: string;
  /** Sends the checked password; `failed` shows the request's error on the form. */
  onSubmit: (password: string, failed: (error: unknown) => void) => void;
}

/** A new password and its confirmation, checked here before the API checks it again. */
export function NewPasswordForm({
  idPrefix,
  errorTitle,
  submitLabel,
  pending,
  username,
  onSubmit,
}: NewPasswordFormProps) {
  const ids = { password: `${idPrefix}-password`, confirm: `${idPrefix}-confirm` };
  const { form, summary, submit, errorOf } = useContractForm(NewPasswordFormSchema, {
    defaultValues: { password: '', confirm: '' },
    ids,
    offline: m.offline,
  });
  const send = submit(({ password }, failed) => {
    if (!pending) onSubmit(password, failed);
  });
  const passwordError = errorOf('password');

  return (
    <form className="account-form" method="post" noValidate onSubmit={send}>
      <ErrorSummary title={errorTitle} errors={summary} />
      {username ? <input type="hidden" name="username" autoComplete="username" value={username} /> : null}
      <TextField
        id={ids.password}
        type="password"
        label={m.newPasswordLabel}
        autoComplete="new-password"
        aria-describedby={passwordError ? `${ids.password}-error` : `${ids.password}-hint`}
        error={passwordError}
        {...form.register('password')}
      />
      <p className="hint account-form__hint" id={`${ids.password}-hint`}>
        {m.passwordHint}
      </p>
      <TextField
        id={ids.confirm}
        type="password"
        label={m.confirmPasswordLabel}
        autoComplete="new-password"
        error={errorOf('confirm')}
        {...form.register('confirm')}
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
