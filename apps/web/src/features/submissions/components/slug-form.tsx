// The page address of a practice: shown to staff, changed by those the API allows (the region
// and moderators before publication, moderators after; the old address then redirects).
import type { ManagedPractice } from '@registry/contracts/submissions';
import { useMemo, useState } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { controlProps, FormField } from '../../../components/form-field';
import { useContractForm } from '../../../lib/use-contract-form';
import { useChangeSlug } from '../api/change-slug';
import { slugFormSchema } from '../lib/submission-form-schemas';
import { submissionMessages as m } from '../messages';

const PUBLIC: readonly string[] = ['published', 'recommended', 'archived'];

function SlugForm({ practice, onDone }: { practice: ManagedPractice; onDone: () => void }) {
  const change = useChangeSlug(practice.id);
  const schema = useMemo(() => slugFormSchema(practice.revision), [practice.revision]);
  const { form, summary, submit, errorOf } = useContractForm(schema, {
    defaultValues: { slug: practice.passport.slug ?? '' },
    ids: { slug: 'field-slug' },
    offline: m.networkError,
  });
  const onSubmit = submit((body, failed) => change.mutate(body, { onSuccess: onDone, onError: failed }));
  const error = errorOf('slug');
  const hint = PUBLIC.includes(practice.status) ? `${m.slugHint} ${m.slugRedirectNote}` : m.slugHint;
  return (
    <form className="action-form" onSubmit={onSubmit} noValidate>
      <ErrorSummary title={m.slugFailed} errors={summary} />
      <FormField id="field-slug" label={m.slugLabel} hint={hint} error={error}>
        <input
          type="text"
          className={error ? 'input input--wide input--error' : 'input input--wide'}
          {...controlProps('field-slug', hint, error)}
          {...form.register('slug')}
        />
      </FormField>
      <div className="button-row">
        <button type="submit" className="button" disabled={change.isPending}>
          {m.slugSave}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}

/** A row of the practice's summary list: its address, and the form to change it when allowed. */
export function SlugRow({ practice }: { practice: ManagedPractice }) {
  const [editing, setEditing] = useState(false);
  return (
    <div className="summary-list__row">
      <dt>{m.slugLabel}</dt>
      <dd>
        <code>/practices/{practice.passport.slug}</code>
        {practice.slugAuto ? <p className="hint">{m.slugAutoNote}</p> : null}
        {practice.canEditSlug && !editing ? (
          <p>
            <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
              {m.slugEdit}
            </button>
          </p>
        ) : null}
        {editing ? <SlugForm practice={practice} onDone={() => setEditing(false)} /> : null}
      </dd>
    </div>
  );
}
