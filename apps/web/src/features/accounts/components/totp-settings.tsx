import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/text-field';
import { noFormErrors, problemErrors } from '../../../lib/form-errors';
import { useContractForm } from '../../../lib/use-contract-form';
import { useTotpSetup, useTotpState, useTotpToggle } from '../api/totp';
import { TotpCodeFormSchema } from '../lib/password-form-schema';
import { accountsMessages as m } from '../messages';
import { DonePanel } from './done-panel';
import { TotpQrCode } from './totp-qr-code';

function CodeForm({ action, submitLabel }: { action: 'enable' | 'disable'; submitLabel: string }) {
  const toggle = useTotpToggle(action);
  const ids = { code: `totp-${action}-code` };
  const { form, summary, submit, errorOf } = useContractForm(TotpCodeFormSchema, {
    defaultValues: { code: '' },
    ids,
    offline: m.offline,
  });
  const onSubmit = submit(({ code }, failed) => {
    if (!toggle.isPending) toggle.mutate(code, { onError: failed });
  });
  return (
    <form className="account-form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary title={m.totpFailed} errors={summary} />
      <TextField
        id={ids.code}
        label={m.totpCodeLabel}
        inputMode="numeric"
        autoComplete="one-time-code"
        spellCheck={false}
        maxLength={8}
        error={errorOf('code')}
        {...form.register('code')}
      />
      <button type="submit" className={action === 'enable' ? 'button' : 'button button--secondary'}>
        {submitLabel}
      </button>
    </form>
  );
}

function TotpStatus({ enabled }: { enabled: boolean }) {
  return (
    <p className="totp-status">
      <span className="totp-status__label">{m.totpStatusLabel}</span>{' '}
      <span className={enabled ? 'tag tag--green' : 'tag tag--grey'}>
        {enabled ? m.totpStatusOn : m.totpStatusOff}
      </span>
    </p>
  );
}

/** Setting up: a QR code for the app (the key by hand as a fallback), then a code to confirm. */
function TotpSetupSteps() {
  const setup = useTotpSetup();
  const setupErrors = setup.error ? problemErrors(setup.error, {}, m.offline) : noFormErrors;
  if (!setup.data) {
    return (
      <>
        <ErrorSummary title={m.totpFailed} errors={setupErrors.summary} />
        <button type="button" className="button" disabled={setup.isPending} onClick={() => setup.mutate()}>
          {m.totpStart}
        </button>
      </>
    );
  }
  return (
    <div className="totp-setup">
      <h3>{m.totpSecretTitle}</h3>
      <p>{m.totpQrText}</p>
      <TotpQrCode otpauthUrl={setup.data.otpauthUrl} />
      <details className="details">
        <summary>{m.totpManualSummary}</summary>
        <p>{m.totpSecretText}</p>
        <dl className="summary-list">
          <div className="summary-list__row">
            <dt>{m.totpSecretLabel}</dt>
            <dd>
              <code className="totp-setup__secret">{setup.data.secret}</code>
            </dd>
          </div>
        </dl>
      </details>
      <CodeForm action="enable" submitLabel={m.totpEnable} />
    </div>
  );
}

/**
 * Second factor: says whether it is on; when off, sets it up; when on, offers to disable it
 * (unless the role requires it). Once enabled, the key is no longer shown.
 */
export function TotpSettings() {
  const { data: state } = useTotpState();
  return (
    <>
      <p>{m.totpLead}</p>
      <TotpStatus enabled={state.totpEnabled} />
      {state.totpEnabled ? (
        <>
          <DonePanel title={m.totpEnabled} />
          {state.requiredForRole ? (
            <p>{m.totpRequiredForRole}</p>
          ) : (
            <>
              <h3 className="account-subheading">{m.totpDisableTitle}</h3>
              <p>{m.totpDisableLead}</p>
              <CodeForm action="disable" submitLabel={m.totpDisable} />
            </>
          )}
        </>
      ) : (
        <>
          {state.requiredForRole ? <p>{m.totpRequiredForRole}</p> : null}
          <TotpSetupSteps />
        </>
      )}
    </>
  );
}
