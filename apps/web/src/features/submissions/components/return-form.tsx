// «Вернуть на доработку»: a general comment and/or comments on sections; at least one is required.
import { type FormEvent, useState } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { EDITOR_STEPS } from '../lib/steps';
import { submissionMessages as m } from '../messages';
import { TextArea } from './editor/fields';

export interface ReturnComments {
  comment?: string;
  sectionComments: { section: string; comment: string }[];
}

interface ReturnFormProps {
  onSubmit: (value: ReturnComments) => void;
  onCancel: () => void;
  pending: boolean;
  submitLabel: string;
}

interface Row {
  key: number;
  section: string;
  comment: string;
}

export function ReturnForm({ onSubmit, onCancel, pending, submitLabel }: ReturnFormProps) {
  const [comment, setComment] = useState('');
  const [rows, setRows] = useState<Row[]>([]);
  const [nextKey, setNextKey] = useState(1);
  const [error, setError] = useState<string | null>(null);
  const sections = EDITOR_STEPS.filter((step) => step.fields.length > 0);

  const update = (key: number, patch: Partial<Row>) =>
    setRows((list) => list.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const sectionComments = rows
      .filter((row) => row.comment.trim() !== '')
      .map((row) => ({ section: row.section, comment: row.comment.trim() }));
    if (comment.trim() === '' && sectionComments.length === 0) {
      setError(m.atLeastOneComment);
      return;
    }
    setError(null);
    onSubmit({ comment: comment.trim() || undefined, sectionComments });
  };

  return (
    <form className="action-form" onSubmit={submit} noValidate>
      <ErrorSummary
        title={m.actionFailed}
        errors={error ? [{ fieldId: 'return-comment', message: error }] : []}
      />
      <TextArea
        id="return-comment"
        label={m.returnGeneral}
        rows={4}
        value={comment}
        error={error ?? undefined}
        onChange={setComment}
      />
      <fieldset className="fieldset form-group">
        <legend className="fieldset__legend">{m.returnSectionsLegend}</legend>
        {rows.map((row, index) => (
          <div key={row.key} className="row-card">
            <div className="form-group">
              <label className="form-label" htmlFor={`return-section-${row.key}`}>
                {`${m.returnSection} ${index + 1}`}
              </label>
              <select
                id={`return-section-${row.key}`}
                className="select"
                value={row.section}
                onChange={(event) => update(row.key, { section: event.target.value })}
              >
                {sections.map((step) => (
                  <option key={step.id} value={step.id}>
                    {step.title}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-group">
              <label className="form-label" htmlFor={`return-section-comment-${row.key}`}>
                {`${m.returnSectionComment} ${index + 1}`}
              </label>
              <textarea
                id={`return-section-comment-${row.key}`}
                className="textarea"
                rows={3}
                value={row.comment}
                onChange={(event) => update(row.key, { comment: event.target.value })}
              />
            </div>
            <button
              type="button"
              className="link-button"
              onClick={() => setRows((list) => list.filter((r) => r.key !== row.key))}
            >
              {m.returnRemoveSection(index + 1)}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setRows((list) => [...list, { key: nextKey, section: sections[0]?.id ?? 'basics', comment: '' }]);
            setNextKey((n) => n + 1);
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
