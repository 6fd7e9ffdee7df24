// The form hook every contract-driven form uses: react-hook-form checked by a zod schema of
// @registry/contracts (through @hookform/resolvers/zod), messages changing only when the form is
// sent again, and one error summary for the schema's refusals and the API's alike.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { type DefaultValues, type FieldValues, get, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { SummaryError } from '../components/error-summary';
import { applyProblem, firstMessage, summaryOf } from './contract-form';
import type { FieldIds } from './form-errors';

interface ContractFormOptions<TValues> {
  defaultValues: DefaultValues<TValues>;
  /** Field name → id of its control, for the summary's links. */
  ids: FieldIds;
  /** The summary's line when the API cannot be reached. */
  offline: string;
}

/**
 * `schema` reads the inputs' values (text) into the request body; `submit(send)` makes the
 * form's onSubmit: `send` gets the checked body and a `failed` to call with the request's error.
 * A request the form starts outside its submit (a button that takes one row off a list) reports
 * through the same `failed`, after `clear()`, so the form keeps one summary.
 */
export function useContractForm<TValues extends FieldValues, TOutput>(
  schema: z.ZodType<TOutput, TValues>,
  { defaultValues, ids, offline }: ContractFormOptions<TValues>,
) {
  const form = useForm<TValues, unknown, TOutput>({
    resolver: zodResolver(schema),
    defaultValues,
    // Messages change only when the form is sent again, as the summary does.
    reValidateMode: 'onSubmit',
    // The error summary takes focus (GOV.UK), not the first field: it links to every field.
    shouldFocusError: false,
  });
  // A new array per failed attempt: the summary takes focus when it gets one.
  const [summary, setSummary] = useState<SummaryError[]>([]);
  /** A failed request onto the form: its fields and the summary. */
  const failed = (error: unknown) => setSummary(applyProblem(form.setError, error, ids, offline));
  const submit = (send: (body: TOutput, failed: (error: unknown) => void) => void) =>
    form.handleSubmit(
      (body) => {
        setSummary([]);
        send(body, failed);
      },
      (errors) => setSummary(summaryOf(errors, ids)),
    );
  /** No messages: before a request the form starts outside its submit, or a dialog cancelled. */
  const clear = () => {
    form.clearErrors();
    setSummary([]);
  };
  /** The message a field shows, if any (the first of its items' for a list read from one control). */
  const errorOf = (name: string): string | undefined => firstMessage(get(form.formState.errors, name));
  return { form, summary, submit, errorOf, failed, clear };
}
