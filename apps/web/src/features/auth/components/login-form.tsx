import type { SessionInfo } from '@registry/contracts/auth';
import type { FormEvent } from 'react';
import { useEffect, useMemo, useState } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { stateMessages } from '../../../components/messages';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api-error';
import { noFormErrors, problemErrors } from '../../../lib/form-errors';
import { useLogin } from '../api/login';
import { authMessages as m } from '../messages';

const fieldIds = { email: 'login-email', password: 'login-password', totpCode: 'login-totp' } as const;

/** The second-factor problems of POST /auth/login: the form asks for the app's code. */
const codeProblems = new Set(['/problems/totp-required', '/problems/totp-invalid']);
const asksForCode = (error: unknown) => error instanceof ApiError && codeProblems.has(error.problem.type);

/** E-mail and password; the API's answer decides what is wrong, in its own words. */
export function LoginForm({ onSignedIn }: { onSignedIn: (info: SessionInfo) => void }) {
  const login = useLogin();
  // Once the API asked for a code, the field stays until the user signs in. A locked account
  // (429) may still sign in with a code if it has one, so the field appears, optional.
  const [codeStep, setCodeStep] = useState<false | 'required' | 'optional'>(false);
  const sentCode = login.variables?.totpCode !== undefined;
  const errors = useMemo(() => {
    // "Code required" after a submit without one is the next step of signing in, not a mistake.
    const nextStep =
      login.error instanceof ApiError && login.error.problem.type === '/problems/totp-required' && !sentCode;
    // 401 (one message for every cause) and 429 (throttled) explain themselves in `detail`.
    return !login.error || nextStep
      ? noFormErrors
      : problemErrors(login.error, fieldIds, stateMessages.errorOffline);
  }, [login.error, sentCode]);
  useEffect(() => {
    if (codeStep) document.getElementById(fieldIds.totpCode)?.focus();
  }, [codeStep]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (login.isPending) return;
    const form = new FormData(event.currentTarget);
    const code = form.get('totpCode');
    const totpCode = code === null ? null : String(code).replace(/\s/g, '');
    login.mutate(
      {
        email: String(form.get('email') ?? '').trim(),
        password: String(form.get('password') ?? ''),
        ...(totpCode === null || (codeStep === 'optional' && totpCode === '') ? {} : { totpCode }),
      },
      {
        onSuccess: onSignedIn,
        onError: (error) => {
          if (asksForCode(error)) setCodeStep('required');
          else if (error instanceof ApiError && error.status === 429)
            setCodeStep((step) => step || 'optional');
        },
      },
    );
  };

  return (
    <form className="login-form" method="post" noValidate onSubmit={submit}>
      <ErrorSummary title={m.errorSummaryTitle} errors={errors.summary} />
      <TextField
        id={fieldIds.email}
        name="email"
        type="email"
        label={m.emailLabel}
        autoComplete="username"
        spellCheck={false}
        autoCapitalize="none"
        error={errors.fields.email}
      />
      <TextField
        id={fieldIds.password}
        name="password"
        type="password"
        label={m.passwordLabel}
        autoComplete="current-password"
        error={errors.fields.password}
      />
      {codeStep ? (
        <TextField
          id={fieldIds.totpCode}
          name="totpCode"
          label={m.totpCodeLabel}
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
          maxLength={8}
          aria-describedby={
            errors.fields.totpCode ? `${fieldIds.totpCode}-error` : `${fieldIds.totpCode}-hint`
          }
          error={errors.fields.totpCode}
        />
      ) : null}
      {codeStep && !errors.fields.totpCode ? (
        <p className="hint" id={`${fieldIds.totpCode}-hint`}>
          {codeStep === 'optional' ? m.totpCodeOptionalHint : m.totpCodeHint}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={login.isPending}>
        {m.submit}
      </button>
      <span className="visually-hidden" role="status">
        {login.isPending ? m.submitting : ''}
      </span>
    </form>
  );
}
