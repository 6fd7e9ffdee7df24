import type { SavedSearchFrequency, SavedSearchQueryInput } from '@registry/contracts/saved-searches';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/text-field';
import { useContractForm } from '../../../lib/use-contract-form';
import { useSubscribe, useSubscribeMine } from '../api/subscribe';
import { SubscribeFormSchema } from '../lib/subscribe-form-schema';
import { savedSearchesMessages as m } from '../messages';
import { FrequencyChoice } from './frequency-choice';

const ids = { email: 'subscribe-email', frequency: 'subscribe-frequency' } as const;

interface SubscribeFormProps {
  /** The catalogue's current selection (its URL filters and query). */
  search: SavedSearchQueryInput;
  /** A signed-in staff member subscribes their account's e-mail, confirmed at once. */
  accountEmail: string | null;
}

/** «Подписаться на новые практики» on the catalogue, folded until opened. */
export function SubscribeForm({ search, accountEmail }: SubscribeFormProps) {
  return (
    <details className="subscribe">
      <summary className="subscribe__toggle">{m.subscribeToggle}</summary>
      <div className="subscribe__body">
        <p>{m.subscribeLead}</p>
        {accountEmail ? (
          <SubscribeMine search={search} email={accountEmail} />
        ) : (
          <SubscribeByEmail search={search} />
        )}
        <p className="hint">{m.privacy}</p>
      </div>
    </details>
  );
}

function SubscribeByEmail({ search }: { search: SavedSearchQueryInput }) {
  const request = useSubscribe();
  const { form, summary, submit, errorOf } = useContractForm(SubscribeFormSchema, {
    defaultValues: { email: '', frequency: 'weekly' },
    ids,
    offline: m.offline,
  });
  const frequency = form.watch('frequency');
  if (request.isSuccess) {
    return (
      <div className="notice notice--success" role="status">
        <h3 className="notice__title">{m.subscribeDoneTitle}</h3>
        <p>{request.data.detail}</p>
      </div>
    );
  }
  const onSubmit = submit((body, failed) => {
    if (!request.isPending) request.mutate({ ...body, search }, { onError: failed });
  });
  return (
    <form className="subscribe__form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary title={m.subscribeFailed} errors={summary} />
      <TextField
        id={ids.email}
        type="email"
        label={m.emailLabel}
        autoComplete="email"
        spellCheck={false}
        autoCapitalize="none"
        error={errorOf('email')}
        {...form.register('email')}
      />
      <FrequencyChoice
        id={ids.frequency}
        value={frequency}
        error={errorOf('frequency')}
        onChange={(value) => form.setValue('frequency', value)}
      />
      <button type="submit" className="button" disabled={request.isPending}>
        {m.subscribeSubmit}
      </button>
    </form>
  );
}

function SubscribeMine({ search, email }: { search: SavedSearchQueryInput; email: string }) {
  const request = useSubscribeMine();
  const [frequency, setFrequency] = useState<SavedSearchFrequency>('weekly');
  const { summary, submit } = useContractForm(SubscribeFormSchema, {
    defaultValues: { email, frequency: 'weekly' },
    ids,
    offline: m.offline,
  });
  if (request.isSuccess) {
    return (
      <div className="notice notice--success" role="status">
        <h3 className="notice__title">{m.subscribeMineDoneTitle}</h3>
        <p>
          {m.subscribeMineDone} <Link to="/account/subscriptions">{m.subscribeMineLink}</Link>
        </p>
      </div>
    );
  }
  const onSubmit = submit((_body, failed) => {
    if (!request.isPending) request.mutate({ frequency, search }, { onError: failed });
  });
  return (
    <form className="subscribe__form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary title={m.subscribeFailed} errors={summary} />
      <p>{m.subscribeMineHint(email)}</p>
      <FrequencyChoice id={ids.frequency} value={frequency} onChange={setFrequency} />
      <button type="submit" className="button" disabled={request.isPending}>
        {m.subscribeMineSubmit}
      </button>
    </form>
  );
}
