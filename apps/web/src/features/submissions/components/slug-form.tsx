// The page address of a practice: shown to staff, changed by those the API allows (the region
// and moderators before publication, moderators after; the old address then redirects).
import { PracticeSlugSchema } from '@registry/contracts/practice-passport';
import type { ManagedPractice } from '@registry/contracts/submissions';
import { type FormEvent, useState } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { ApiError } from '../../../lib/api-error';
import { useChangeSlug } from '../api/change-slug';
import { submissionMessages as m } from '../messages';
import { TextInput } from './editor/fields';

const PUBLIC: readonly string[] = ['published', 'recommended', 'archived'];

function SlugForm({ practice, onDone }: { practice: ManagedPractice; onDone: () => void }) {
  const [slug, setSlug] = useState(practice.passport.slug ?? '');
  const [error, setError] = useState<string | null>(null);
  const change = useChangeSlug(practice.id);
  const failure = change.error;
  const fieldError =
    error ??
    (failure instanceof ApiError
      ? failure.problem.errors?.find((e) => e.field === 'body.slug')?.message
      : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = PracticeSlugSchema.safeParse(slug.trim());
    if (!checked.success) return setError(checked.error.issues[0]?.message ?? m.invalidValue);
    setError(null);
    change.mutate({ revision: practice.revision, slug: checked.data }, { onSuccess: onDone });
  };
  return (
    <form className="action-form" onSubmit={submit} noValidate>
      <ErrorSummary
        title={m.slugFailed}
        errors={
          fieldError
            ? [{ fieldId: 'field-slug', message: fieldError }]
            : failure
              ? [{ message: failure instanceof ApiError ? failure.message : m.networkError }]
              : []
        }
      />
      <TextInput
        id="field-slug"
        label={m.slugLabel}
        hint={PUBLIC.includes(practice.status) ? `${m.slugHint} ${m.slugRedirectNote}` : m.slugHint}
        value={slug}
        error={fieldError ?? undefined}
        wide
        onChange={setSlug}
      />
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
