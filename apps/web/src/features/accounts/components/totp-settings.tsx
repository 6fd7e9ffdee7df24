import type { FormEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/text-field';
import { useTotpSetup, useTotpToggle } from '../api/totp';
import { noErrors, problemErrors } from '../lib/form-errors';
import { accountsMessages as m } from '../messages';
import { DonePanel } from './done-panel';

function CodeForm({ action, submitLabel }: { action: 'enable' | 'disable'; submitLabel: string }) {
  const toggle = useTotpToggle(action);
  const ids = { code: `totp-${action}-code` };
  if (toggle.isSuccess) return <DonePanel title={action === 'enable' ? m.totpEnabled : m.totpDisabled} />;
  const errors = toggle.error ? problemErrors(toggle.error, ids) : noErrors;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (toggle.isPending) return;
    toggle.mutate(String(new FormData(event.currentTarget).get('code') ?? '').replace(/\s/g, ''));
  };
  return (
    <form className="account-form" method="post" noValidate onSubmit={submit}>
      <ErrorSummary title={m.totpFailed} errors={errors.summary} />
      <TextField
        id={ids.code}
        name="code"
        label={m.totpCodeLabel}
        inputMode="numeric"
        autoComplete="one-time-code"
        spellCheck={false}
        maxLength={8}
        error={errors.fields.code}
      />
      <button type="submit" className={action === 'enable' ? 'button' : 'button button--secondary'}>
        {submitLabel}
      </button>
    </form>
  );
}

/** Second factor: set up (secret shown as text, no QR library), confirm with a code; or disable. */
export function TotpSettings() {
  const setup = useTotpSetup();
  const setupErrors = setup.error ? problemErrors(setup.error, {}) : noErrors;
  return (
    <>
      <p>{m.totpLead}</p>
      {setup.data ? (
        <div className="totp-setup">
          <h3>{m.totpSecretTitle}</h3>
          <p>{m.totpSecretText}</p>
          <dl className="summary-list">
            <div className="summary-list__row">
              <dt>{m.totpSecretLabel}</dt>
              <dd>
                <code className="totp-setup__secret">{setup.data.secret}</code>
              </dd>
            </div>
            <div className="summary-list__row">
              <dt>{m.totpUrlLabel}</dt>
              <dd>
                <code className="break-anywhere">{setup.data.otpauthUrl}</code>
              </dd>
            </div>
          </dl>
          <CodeForm action="enable" submitLabel={m.totpEnable} />
        </div>
      ) : (
        <>
          <ErrorSummary title={m.totpFailed} errors={setupErrors.summary} />
          <button type="button" className="button" disabled={setup.isPending} onClick={() => setup.mutate()}>
            {m.totpStart}
          </button>
        </>
      )}
      <h3 className="account-subheading">{m.totpDisableTitle}</h3>
      <p>{m.totpDisableLead}</p>
      <CodeForm action="disable" submitLabel={m.totpDisable} />
    </>
  );
}
