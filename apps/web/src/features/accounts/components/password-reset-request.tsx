import type { FormEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/text-field';
import { noFormErrors, problemErrors } from '../../../lib/form-errors';
import { useRequestPasswordReset } from '../api/passwords';
import { accountsMessages as m } from '../messages';
import { DonePanel } from './done-panel';

const ids = { email: 'reset-email' } as const;

/** Asks for a reset link; the answer never says whether the address has an account. */
export function PasswordResetRequest() {
  const request = useRequestPasswordReset();
  if (request.isSuccess) {
    return (
      <DonePanel title={m.resetRequestedTitle}>
        <p>{m.resetRequested}</p>
      </DonePanel>
    );
  }
  const errors = request.error ? problemErrors(request.error, ids, m.offline) : noFormErrors;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (request.isPending) return;
    request.mutate(String(new FormData(event.currentTarget).get('email') ?? '').trim());
  };
  return (
    <form className="account-form" method="post" noValidate onSubmit={submit}>
      <ErrorSummary title={m.resetFailed} errors={errors.summary} />
      <TextField
        id={ids.email}
        name="email"
        type="email"
        label={m.resetEmailLabel}
        autoComplete="username"
        spellCheck={false}
        autoCapitalize="none"
        error={errors.fields.email}
      />
      <button type="submit" className="button" disabled={request.isPending}>
        {m.resetSubmit}
      </button>
    </form>
  );
}
