import type { GlossaryEntry } from '@registry/contracts/glossary';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ErrorSummary, type SummaryError } from '../../../components/error-summary';
import { controlProps, FormField } from '../../../components/form-field';
import { problemErrors } from '../../../lib/form-errors';
import { useRemoveGlossaryEntry, useSaveGlossaryEntry } from '../api/glossary';
import { glossaryMessages as m } from '../messages';

const FIELD_IDS = {
  term: 'glossary-term',
  expansions: 'glossary-expansions',
  synonyms: 'glossary-synonyms',
} as const;

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The problem's field errors as summary lines pointing at the form's fields. */
const summaryErrors = (error: unknown): SummaryError[] => problemErrors(error, FIELD_IDS, m.offline).summary;

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
  const [term, setTerm] = useState(entry?.term ?? '');
  const [expansions, setExpansions] = useState(entry?.expansions.join('\n') ?? '');
  const [synonyms, setSynonyms] = useState(entry?.synonyms.join('\n') ?? '');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // Choosing an entry to change moves the keyboard to its form.
    if (entry) heading.current?.focus();
  }, [entry]);

  const errorFor = (id: string) =>
    errors
      .filter((e) => e.fieldId === id)
      .map((e) => e.message)
      .join('; ') || undefined;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setErrors([]);
    save.mutate(
      {
        id: entry?.id ?? null,
        body: { term: term.trim(), expansions: lines(expansions), synonyms: lines(synonyms) },
      },
      {
        onSuccess: (saved) => onDone(m.saved(saved.term)),
        onError: (error) => setErrors(summaryErrors(error)),
      },
    );
  };

  const termError = errorFor(FIELD_IDS.term);
  const expansionsError = errorFor(FIELD_IDS.expansions);
  const synonymsError = errorFor(FIELD_IDS.synonyms);
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
      <ErrorSummary title={m.failed} errors={errors} />
      <FormField id="glossary-term" label={m.termLabel} hint={m.termHint} error={termError}>
        <input
          className={termError ? 'input input--error' : 'input'}
          {...controlProps('glossary-term', m.termHint, termError)}
          value={term}
          onChange={(e) => setTerm(e.target.value)}
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
          value={expansions}
          onChange={(e) => setExpansions(e.target.value)}
        />
      </FormField>
      <FormField id="glossary-synonyms" label={m.synonymsLabel} hint={m.synonymsHint} error={synonymsError}>
        <textarea
          rows={4}
          className={synonymsError ? 'textarea input--error' : 'textarea'}
          {...controlProps('glossary-synonyms', m.synonymsHint, synonymsError)}
          value={synonyms}
          onChange={(e) => setSynonyms(e.target.value)}
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
                  onError: (error) => setErrors(summaryErrors(error)),
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
