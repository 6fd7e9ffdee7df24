// The expert declares organisations they have a conflict of interest with.
import { EmptyState } from '../../../components/empty-state';
import { ErrorSummary } from '../../../components/error-summary';
import { controlProps, FormField } from '../../../components/form-field';
import { useContractForm } from '../../../lib/use-contract-form';
import { useAddConflict, useConflicts, useRemoveConflict } from '../api/setup';
import { ConflictFormSchema } from '../lib/review-form-schemas';
import { reviewMessages as m } from '../messages';

const ids = { organisationName: 'conflict-organisation', note: 'conflict-note' };

export function ConflictsManager() {
  const { data } = useConflicts();
  const add = useAddConflict();
  const remove = useRemoveConflict();
  const { form, summary, submit, errorOf } = useContractForm(ConflictFormSchema, {
    defaultValues: { organisationName: '', note: '' },
    ids,
    offline: m.offline,
  });
  const onSubmit = submit((body, failed) =>
    add.mutate(body, { onSuccess: () => form.reset(), onError: failed }),
  );
  const field = (name: keyof typeof ids, label: string) => {
    const error = errorOf(name);
    return (
      <FormField id={ids[name]} label={label} error={error}>
        <input
          className={error ? 'input input--wide input--error' : 'input input--wide'}
          {...controlProps(ids[name], null, error)}
          {...form.register(name)}
        />
      </FormField>
    );
  };
  return (
    <>
      {data.items.length === 0 ? (
        <EmptyState title={m.conflictsEmpty} />
      ) : (
        <ul className="conflict-list">
          {data.items.map((c) => (
            <li key={c.id} className="conflict-list__item">
              <span>
                <strong>{c.organisationName}</strong>
                {c.note ? <span className="muted"> — {c.note}</span> : null}
              </span>
              <button
                type="button"
                className="link-button"
                disabled={remove.isPending}
                onClick={() => remove.mutate(c.id)}
              >
                {m.removeConflict}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="section" onSubmit={onSubmit} noValidate>
        <ErrorSummary title={m.conflictFailed} errors={summary} />
        {field('organisationName', m.organisationLabel)}
        {field('note', m.noteLabel)}
        <button type="submit" className="button" disabled={add.isPending}>
          {m.addConflict}
        </button>
      </form>
    </>
  );
}
