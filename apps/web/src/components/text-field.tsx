import type { InputHTMLAttributes } from 'react';
import { controlProps, FormField } from './form-field';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> {
  id: string;
  label: string;
  error?: string | undefined;
}

/** A labelled text input with its error message, GOV.UK style. */
export function TextField({ id, label, error, ...input }: TextFieldProps) {
  return (
    <FormField id={id} label={label} error={error}>
      <input
        className={error ? 'input input--error' : 'input'}
        {...controlProps(id, null, error)}
        {...input}
      />
    </FormField>
  );
}
