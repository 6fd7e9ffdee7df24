// Form controls of the passport editor, GOV.UK style: label, hint, error, control.
import type { ReactNode } from 'react';
import { describedBy, FormField } from '../../../../components/form-field';
import { submissionMessages as m } from '../../messages';

interface TextInputProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  type?: 'text' | 'email' | 'url' | 'tel';
  wide?: boolean;
}

export function TextInput({ id, label, value, onChange, hint, error, type = 'text', wide }: TextInputProps) {
  const classes = ['input', wide ? 'input--wide' : '', error ? 'input--error' : ''].filter(Boolean);
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        type={type}
        className={classes.join(' ')}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </FormField>
  );
}

interface TextAreaProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  rows?: number;
}

export function TextArea({ id, label, value, onChange, hint, error, rows = 6 }: TextAreaProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        rows={rows}
        className={error ? 'textarea input--error' : 'textarea'}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </FormField>
  );
}

/** A number input whose empty value is null. */
export function NumberInput({
  id,
  label,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  value: number | null | undefined;
  onChange: (value: number | null) => void;
  error?: string;
}) {
  return (
    <FormField id={id} label={label} error={error}>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        className={error ? 'input input--short input--error' : 'input input--short'}
        value={value ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
      />
    </FormField>
  );
}

interface ChoiceFieldsetProps {
  id: string;
  legend: string;
  error?: string;
  hint?: ReactNode;
  children: ReactNode;
}

/** A fieldset of checkboxes or radios; `id` lands on the fieldset so error links can focus it. */
export function ChoiceFieldset({ id, legend, error, hint, children }: ChoiceFieldsetProps) {
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={error ? 'fieldset form-group form-group--error' : 'fieldset form-group'}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend className="fieldset__legend">{legend}</legend>
      {hint ? (
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">{m.errorPrefix}</span> {error}
        </p>
      ) : null}
      <div className="choices">{children}</div>
    </fieldset>
  );
}

interface ChoiceProps {
  id: string;
  type: 'checkbox' | 'radio';
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}

export function Choice({ id, type, name, label, checked, onChange, hint }: ChoiceProps) {
  return (
    <div className="choice">
      <input
        id={id}
        type={type}
        name={name}
        className="choice__input"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className="choice__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="choice__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
