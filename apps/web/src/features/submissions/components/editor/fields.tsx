// Form controls of the passport editor, GOV.UK style: label, hint, error, control.
import type { ReactNode } from 'react';
import { describedBy, FormField } from '../../../../components/form-field';

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
