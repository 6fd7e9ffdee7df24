// «Вернуть на доработку»: a general comment and/or comments on sections; at least one is required.
import { useRef } from 'react';
import { useFieldArray } from 'react-hook-form';
import { ErrorSummary } from '../../../components/error-summary';
import { controlProps, FormField } from '../../../components/form-field';
import { useContractForm } from '../../../lib/use-contract-form';
import { EDITOR_STEPS } from '../lib/steps';
import { ReturnFormSchema } from '../lib/submission-form-schemas';
import { submissionMessages as m } from '../messages';

export interface ReturnComments {
  comment?: string | undefined;
  sectionComments: { section: string; comment: string }[];
}

interface ReturnFormProps {
  onSubmit: (value: ReturnComments) => void;
  onCancel: () => void;
  pending: boolean;
  submitLabel: string;
}

export function ReturnForm({ onSubmit, onCancel, pending, submitLabel }: ReturnFormProps) {
  const sections = EDITOR_STEPS.filter((step) => step.fields.length > 0);
  // Rows are numbered from 1 and a number is never reused, so a row's controls keep their ids.
  const nextKey = useRef(1);
  // The key of the row at an index, once the form exists (the summary asks only after a submit).
  let keyAt = (_index: number): number | undefined => undefined;
  const { form, summary, submit, errorOf } = useContractForm(ReturnFormSchema, {
    defaultValues: { comment: '', sections: [] },
    // `sections.2.comment` → the third row's comment box, named by its key.
    ids: (path) => {
      const [head, index] = path.split('.');
      if (head === 'comment') return 'return-comment';
      const key = head === 'sections' && index ? keyAt(Number(index)) : undefined;
      return key === undefined ? undefined : `return-section-comment-${key}`;
    },
    // The form sends nothing itself: the panel around it shows a failed request.
    offline: m.networkError,
  });
  keyAt = (index) => form.getValues(`sections.${index}.key`);
  const rows = useFieldArray({ control: form.control, name: 'sections' });
  const onSend = submit((body) => onSubmit(body));
  const commentError = errorOf('comment');

  return (
    <form className="action-form" onSubmit={onSend} noValidate>
      <ErrorSummary title={m.actionFailed} errors={summary} />
      <FormField id="return-comment" label={m.returnGeneral} error={commentError}>
        <textarea
          rows={4}
          className={commentError ? 'textarea input--error' : 'textarea'}
          {...controlProps('return-comment', null, commentError)}
          {...form.register('comment')}
        />
      </FormField>
      <fieldset className="fieldset form-group">
        <legend className="fieldset__legend">{m.returnSectionsLegend}</legend>
        {rows.fields.map((row, index) => {
          const commentId = `return-section-comment-${row.key}`;
          const error = errorOf(`sections.${index}`);
          return (
            <div key={row.id} className="row-card">
              <div className="form-group">
                <label className="form-label" htmlFor={`return-section-${row.key}`}>
                  {`${m.returnSection} ${index + 1}`}
                </label>
                <select
                  id={`return-section-${row.key}`}
                  className="select"
                  {...form.register(`sections.${index}.section`)}
                >
                  {sections.map((step) => (
                    <option key={step.id} value={step.id}>
                      {step.title}
                    </option>
                  ))}
                </select>
              </div>
              <FormField id={commentId} label={`${m.returnSectionComment} ${index + 1}`} error={error}>
                <textarea
                  className="textarea"
                  rows={3}
                  {...controlProps(commentId, null, error)}
                  {...form.register(`sections.${index}.comment`)}
                />
              </FormField>
              <button type="button" className="link-button" onClick={() => rows.remove(index)}>
                {m.returnRemoveSection(index + 1)}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            rows.append({ key: nextKey.current, section: sections[0]?.id ?? 'basics', comment: '' });
            nextKey.current += 1;
          }}
        >
          {m.returnAddSection}
        </button>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}
