import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/text-field';
import { useContractForm } from '../../../lib/use-contract-form';
import { useCreateNomination } from '../api/staff-contests';
import { NominationFormSchema } from '../lib/contest-form-schema';
import { contestMessages as m } from '../messages';

const ids = { title: 'nomination-title', description: 'nomination-description' };

/** Adds a nomination to a contest; its rubric starts as a copy of the practice review rubric. */
export function NominationForm({ contestId }: { contestId: number }) {
  const create = useCreateNomination(contestId);
  const { form, summary, submit, errorOf } = useContractForm(NominationFormSchema, {
    defaultValues: { title: '', description: '' },
    ids,
    offline: m.offline,
  });
  const onSubmit = submit((body, failed) => {
    if (create.isPending) return;
    create.mutate(body, { onSuccess: () => form.reset(), onError: failed });
  });
  return (
    <form className="account-form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary title={m.saveFailed} errors={summary} />
      <TextField
        id={ids.title}
        label={m.nominationTitle}
        error={errorOf('title')}
        {...form.register('title')}
      />
      <div className="form-group">
        <label className="form-label" htmlFor={ids.description}>
          {m.nominationDescription}
        </label>
        <textarea
          id={ids.description}
          className="input contest-textarea"
          rows={2}
          {...form.register('description')}
        />
      </div>
      <button type="submit" className="button button--secondary" disabled={create.isPending}>
        {m.addNomination}
      </button>
    </form>
  );
}
