// The request form itself, a chunk of its own: the passport loads it only when a visitor opens
// the section (adopt-request-section.tsx), so the page's first load and hydration stay light.
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '../../../components/error-summary';
import { controlProps, FormField } from '../../../components/form-field';
import { TextField } from '../../../components/text-field';
import { regionsQueryOptions } from '../../../lib/reference-queries';
import { useContractForm } from '../../../lib/use-contract-form';
import { useAdoptRequestForm, useSendAdoptRequest } from '../api/send-adopt-request';
import { AdoptRequestFormSchema, type AdoptRequestFormValues } from '../lib/adopt-request-form-schema';
import { adoptRequestMessages as m } from '../messages';

const ids = {
  name: 'adopt-request-name',
  organisation: 'adopt-request-organisation',
  regionCode: 'adopt-request-region',
  email: 'adopt-request-email',
  phone: 'adopt-request-phone',
  message: 'adopt-request-message',
  consent: 'adopt-request-consent',
};

const empty: AdoptRequestFormValues = {
  name: '',
  organisation: '',
  regionCode: '',
  email: '',
  phone: '',
  message: '',
  consent: false,
  website: '',
  formToken: '',
};

export function AdoptRequestForm({ slug, onSent }: { slug: string; onSent: () => void }) {
  const token = useAdoptRequestForm(slug).data?.formToken;
  const regions = useQuery(regionsQueryOptions()).data?.items ?? [];
  const send = useSendAdoptRequest(slug);
  const { form, summary, submit, errorOf } = useContractForm(AdoptRequestFormSchema, {
    defaultValues: empty,
    ids,
    offline: m.offline,
  });
  useEffect(() => {
    if (token) form.setValue('formToken', token);
  }, [token, form]);
  // The form appears where its button was, in answer to a click: focus follows to its first field.
  useEffect(() => {
    document.getElementById(ids.name)?.focus();
  }, []);
  const onSubmit = submit((body, failed) => {
    if (send.isPending) return;
    send.mutate(body, { onSuccess: onSent, onError: failed });
  });
  const consentError = errorOf('consent');
  return (
    <form className="adopt-request-form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary title={m.failed} errors={summary} />
      <TextField
        id={ids.name}
        label={m.name}
        autoComplete="name"
        error={errorOf('name')}
        {...form.register('name')}
      />
      <TextField
        id={ids.organisation}
        label={m.organisation}
        autoComplete="organization"
        error={errorOf('organisation')}
        {...form.register('organisation')}
      />
      <FormField id={ids.regionCode} label={m.region} error={errorOf('regionCode')}>
        <select
          className="input select"
          {...controlProps(ids.regionCode, null, errorOf('regionCode'))}
          {...form.register('regionCode')}
        >
          <option value="">{m.regionPlaceholder}</option>
          {regions.map((region) => (
            <option key={region.code} value={region.code}>
              {region.nameRu}
            </option>
          ))}
        </select>
      </FormField>
      <TextField
        id={ids.email}
        type="email"
        label={m.email}
        autoComplete="email"
        spellCheck={false}
        error={errorOf('email')}
        {...form.register('email')}
      />
      <TextField
        id={ids.phone}
        type="tel"
        label={m.phone}
        autoComplete="tel"
        error={errorOf('phone')}
        {...form.register('phone')}
      />
      <FormField id={ids.message} label={m.message} hint={m.messageHint} error={errorOf('message')}>
        <textarea
          className={errorOf('message') ? 'textarea input--error' : 'textarea'}
          rows={5}
          {...controlProps(ids.message, m.messageHint, errorOf('message'))}
          {...form.register('message')}
        />
      </FormField>
      {/* A field people never see (nor reach by keyboard or screen reader): only bots fill it. */}
      <div className="adopt-request-form__trap" aria-hidden="true">
        <label htmlFor="adopt-request-website">{m.website}</label>
        <input
          id="adopt-request-website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          {...form.register('website')}
        />
      </div>
      <div className={consentError ? 'form-group form-group--error' : 'form-group'}>
        {consentError ? (
          <p className="error-message" id={`${ids.consent}-error`}>
            {consentError}
          </p>
        ) : null}
        <div className="choice">
          <input
            id={ids.consent}
            type="checkbox"
            className="choice__input"
            aria-describedby={`${ids.consent}-hint${consentError ? ` ${ids.consent}-error` : ''}`}
            aria-invalid={consentError ? true : undefined}
            {...form.register('consent')}
          />
          <label className="choice__label" htmlFor={ids.consent}>
            {m.consent}
          </label>
          <p className="choice__hint" id={`${ids.consent}-hint`}>
            {m.consentHint} <Link to="/privacy">{m.privacyLink}</Link>.
          </p>
        </div>
      </div>
      <button type="submit" className="button" disabled={send.isPending || !token}>
        {send.isPending ? m.sending : m.send}
      </button>
    </form>
  );
}

/** «Хочу внедрить эту практику» below a public passport: the request form, then a confirmation. */
