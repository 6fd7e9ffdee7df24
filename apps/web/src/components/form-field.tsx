// The GOV.UK form-group: label, optional hint and error above one control. Shared by every
// form (passport editor, adoption form, sign-in); the control is the caller's.
import type { ReactNode } from 'react';
import { layoutMessages } from './messages';

interface FormFieldProps {
  /** The control's id: the label points at it, hint and error are named after it. */
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
}

export function FormField({ id, label, hint, error, children }: FormFieldProps) {
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
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
      {children}
    </div>
  );
}

/** aria-describedby for a control with an optional hint and error. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** id, invalid state and description of the control inside a FormField. */
export function controlProps(id: string, hint: unknown, error: unknown) {
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, error),
  } as const;
}
