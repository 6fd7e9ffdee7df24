import type { ComponentProps } from 'react';
import { controlProps, FormField } from './form-field';

// ComponentProps (not InputHTMLAttributes) so that a form library's `ref` reaches the input.
interface TextFieldProps extends Omit<ComponentProps<'input'>, 'id' | 'className'> {
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
