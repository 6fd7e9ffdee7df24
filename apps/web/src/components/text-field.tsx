import type { InputHTMLAttributes } from 'react';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> {
  id: string;
  label: string;
  error?: string;
  /** Screen-reader prefix of the error text ("Ошибка:"), as GOV.UK does. */
  errorPrefix: string;
}

/** A labelled text input with its error message, GOV.UK style. */
export function TextField({ id, label, error, errorPrefix, ...input }: TextFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {error ? (
        <p className="error-message" id={errorId}>
          <span className="visually-hidden">{errorPrefix}</span> {error}
        </p>
      ) : null}
      <input
        id={id}
        className={error ? 'input input--error' : 'input'}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        {...input}
      />
    </div>
  );
}
