import type { GlossaryEntry } from '@registry/contracts/glossary';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ErrorSummary, type SummaryError } from '../../../components/error-summary';
import { controlProps, FormField } from '../../../components/form-field';
import { problemErrors } from '../../../lib/form-errors';
import { useContractForm } from '../../../lib/use-contract-form';
import { useRemoveGlossaryEntry, useSaveGlossaryEntry } from '../api/glossary';
import { GlossaryFormSchema } from '../lib/glossary-form-schema';
import { glossaryMessages as m } from '../messages';

const FIELD_IDS = {
  term: 'glossary-term',
  expansions: 'glossary-expansions',
  synonyms: 'glossary-synonyms',
} as const;

interface GlossaryFormProps {
  /** The entry being changed, or null for a new one. */
  entry: GlossaryEntry | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Adds or changes one glossary entry; forms are one per line. */
export function GlossaryForm({ entry, onDone, onCancel }: GlossaryFormProps) {
  const save = useSaveGlossaryEntry();
  const remove = useRemoveGlossaryEntry();
  const { form, summary, submit, errorOf } = useContractForm(GlossaryFormSchema, {
    defaultValues: {
      term: entry?.term ?? '',
      expansions: entry?.expansions.join('\n') ?? '',
      synonyms: entry?.synonyms.join('\n') ?? '',
    },
    ids: FIELD_IDS,
    offline: m.offline,
  });
  // Removing fails in the API's words, in the same summary.
  const [removeFailure, setRemoveFailure] = useState<SummaryError[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // Choosing an entry to change moves the keyboard to its form.
    if (entry) heading.current?.focus();
  }, [entry]);

  const send = submit((body, failed) =>
    save.mutate(
      { id: entry?.id ?? null, body },
      { onSuccess: (saved) => onDone(m.saved(saved.term)), onError: failed },
    ),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    setRemoveFailure([]);
    return send(event);
  };

  const termError = errorOf('term');
  const expansionsError = errorOf('expansions');
  const synonymsError = errorOf('synonyms');
  return (
    <form
      className="section glossary-form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="glossary-form-title"
    >
      <h2 id="glossary-form-title" ref={heading} tabIndex={-1}>
        {entry ? m.editTitle(entry.term) : m.addTitle}
      </h2>
      <ErrorSummary title={m.failed} errors={removeFailure.length > 0 ? removeFailure : summary} />
      <FormField id="glossary-term" label={m.termLabel} hint={m.termHint} error={termError}>
        <input
          className={termError ? 'input input--error' : 'input'}
          {...controlProps('glossary-term', m.termHint, termError)}
          {...form.register('term')}
        />
      </FormField>
      <FormField
        id="glossary-expansions"
        label={m.expansionsLabel}
        hint={m.expansionsHint}
        error={expansionsError}
      >
        <textarea
          rows={3}
          className={expansionsError ? 'textarea input--error' : 'textarea'}
          {...controlProps('glossary-expansions', m.expansionsHint, expansionsError)}
          {...form.register('expansions')}
        />
      </FormField>
      <FormField id="glossary-synonyms" label={m.synonymsLabel} hint={m.synonymsHint} error={synonymsError}>
        <textarea
          rows={4}
          className={synonymsError ? 'textarea input--error' : 'textarea'}
          {...controlProps('glossary-synonyms', m.synonymsHint, synonymsError)}
          {...form.register('synonyms')}
        />
      </FormField>
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {entry ? m.save : m.add}
        </button>
        {entry ? (
          <>
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {m.cancel}
            </button>
            <button
              type="button"
              className="button button--warning"
              disabled={remove.isPending}
              onClick={() =>
                remove.mutate(entry.id, {
                  onSuccess: () => onDone(m.removed(entry.term)),
                  onError: (error) => setRemoveFailure(problemErrors(error, FIELD_IDS, m.offline).summary),
                })
              }
            >
              {m.remove}
            </button>
          </>
        ) : null}
      </div>
    </form>
  );
}
