import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/text-field';
import { useContractForm } from '../../../lib/use-contract-form';
import { useRequestPasswordReset } from '../api/passwords';
import { PasswordResetRequestFormSchema } from '../lib/password-form-schema';
import { accountsMessages as m } from '../messages';
import { DonePanel } from './done-panel';

const ids = { email: 'reset-email' } as const;

/** Asks for a reset link; the answer never says whether the address has an account. */
export function PasswordResetRequest() {
  const request = useRequestPasswordReset();
  const { form, summary, submit, errorOf } = useContractForm(PasswordResetRequestFormSchema, {
    defaultValues: { email: '' },
    ids,
    offline: m.offline,
  });
  if (request.isSuccess) {
    return (
      <DonePanel title={m.resetRequestedTitle}>
        <p>{m.resetRequested}</p>
      </DonePanel>
    );
  }
  const onSubmit = submit(({ email }, failed) => {
    if (!request.isPending) request.mutate(email, { onError: failed });
  });
  return (
    <form className="account-form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary title={m.resetFailed} errors={summary} />
      <TextField
        id={ids.email}
        type="email"
        label={m.resetEmailLabel}
        autoComplete="username"
        spellCheck={false}
        autoCapitalize="none"
        error={errorOf('email')}
        {...form.register('email')}
      />
      <button type="submit" className="button" disabled={request.isPending}>
        {m.resetSubmit}
      </button>
    </form>
  );
}
