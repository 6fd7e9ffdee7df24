import {
  type MailPreference,
  notificationKindLabels,
  UpdateMailPreferencesBodySchema,
} from '@registry/contracts/notifications';
import { useState } from 'react';
import { Choice, ChoiceFieldset } from '../../../components/choice';
import { ErrorSummary } from '../../../components/error-summary';
import { useContractForm } from '../../../lib/use-contract-form';
import { usePreferences, useUpdatePreferences } from '../api/preferences';
import { notificationsMessages as m } from '../messages';

const ids = { items: 'mail-preferences' } as const;

/** One checkbox per kind of notification: whether it comes by mail too. */
export function PreferencesForm() {
  const { data } = usePreferences();
  const update = useUpdatePreferences();
  const [saved, setSaved] = useState(false);
  const { form, summary, submit, errorOf } = useContractForm(UpdateMailPreferencesBodySchema, {
    defaultValues: { items: data.items },
    ids,
    offline: m.offline,
  });
  const items = form.watch('items') as MailPreference[];
  const onSubmit = submit((body, failed) => {
    setSaved(false);
    if (!update.isPending) update.mutate(body, { onError: failed, onSuccess: () => setSaved(true) });
  });
  return (
    <form className="account-form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary title={m.settingsTitle} errors={summary} />
      <ChoiceFieldset id={ids.items} legend={m.settingsLegend} error={errorOf('items')}>
        {items.map((item, index) => (
          <Choice
            key={item.kind}
            id={`mail-${item.kind}`}
            type="checkbox"
            name={`items.${index}.byMail`}
            label={notificationKindLabels[item.kind]}
            checked={item.byMail}
            onChange={(checked) => {
              setSaved(false);
              form.setValue(`items.${index}.byMail`, checked, { shouldDirty: true });
            }}
          />
        ))}
      </ChoiceFieldset>
      <button type="submit" className="button" disabled={update.isPending}>
        {m.save}
      </button>
      <p className="visually-hidden" role="status">
        {saved ? m.saved : ''}
      </p>
      {saved ? <p className="notice">{m.saved}</p> : null}
    </form>
  );
}
