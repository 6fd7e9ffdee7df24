// Checkboxes and radios, GOV.UK style: a fieldset with legend, hint and error around a list of
// choices. Shared by the passport editor and the review forms.
import type { ReactNode } from 'react';
import { describedBy } from './form-field';
import { layoutMessages } from './messages';

interface ChoiceFieldsetProps {
  id: string;
  legend: string;
  error?: string | undefined;
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
          <span className="visually-hidden">{layoutMessages.errorPrefix}</span> {error}
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
