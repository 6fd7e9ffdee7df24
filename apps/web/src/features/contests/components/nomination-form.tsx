import { type FormEvent, useMemo } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/text-field';
import { noFormErrors, problemErrors } from '../../../lib/form-errors';
import { useCreateNomination } from '../api/staff-contests';
import { contestMessages as m } from '../messages';

const ids = { title: 'nomination-title', description: 'nomination-description' };

/** Adds a nomination to a contest; its rubric starts as a copy of the practice review rubric. */
export function NominationForm({ contestId }: { contestId: number }) {
  const create = useCreateNomination(contestId);
  const errors = useMemo(
    () => (create.error ? problemErrors(create.error, ids, m.offline) : noFormErrors),
    [create.error],
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    create.mutate(
      {
        title: String(form.get('title') ?? '').trim(),
        description: String(form.get('description') ?? '').trim(),
      },
      { onSuccess: () => formElement.reset() },
    );
  };
  return (
    <form className="account-form" method="post" noValidate onSubmit={submit}>
      <ErrorSummary title={m.saveFailed} errors={errors.summary} />
      <TextField id={ids.title} name="title" label={m.nominationTitle} error={errors.fields.title} />
      <div className="form-group">
        <label className="form-label" htmlFor={ids.description}>
          {m.nominationDescription}
        </label>
        <textarea id={ids.description} name="description" className="input contest-textarea" rows={2} />
      </div>
      <button type="submit" className="button button--secondary" disabled={create.isPending}>
        {m.addNomination}
      </button>
    </form>
  );
}
