import type { StaffNomination } from '@registry/contracts/contests-staff';
import { ErrorSummary } from '../../../components/error-summary';
import { useContractForm } from '../../../lib/use-contract-form';
import { useNominationAction } from '../api/staff-contests';
import { AssignExpertFormSchema, stillOffered } from '../lib/nomination-form-schemas';
import { contestMessages as m } from '../messages';

/** Moderators: the nomination's experts, with a way to add or take one off. */
export function ExpertsPanel({ nomination }: { nomination: StaffNomination }) {
  const action = useNominationAction(nomination.id);
  const { form, summary, submit, errorOf, failed, clear } = useContractForm(AssignExpertFormSchema, {
    defaultValues: { expertId: String(nomination.availableExperts[0]?.id ?? '') },
    ids: { expertId: 'assign-expert' },
    offline: m.offline,
  });
  const frozen = nomination.resultsPublishedAt !== null;
  // Either way the list of experts offered changes: the form's value follows what it shows.
  const rechoose = (next: StaffNomination) =>
    form.reset({ expertId: stillOffered(form.getValues('expertId'), next.availableExperts) });
  const assign = submit(({ expertId }, onError) =>
    action.mutate({ kind: 'assign', expertId }, { onSuccess: rechoose, onError }),
  );
  const unassign = (expertId: number) => {
    clear();
    action.mutate({ kind: 'unassign', expertId }, { onSuccess: rechoose, onError: failed });
  };
  const error = errorOf('expertId');
  return (
    <section className="section" aria-labelledby="nomination-experts">
      <h2 id="nomination-experts">{m.experts}</h2>
      <ErrorSummary title={m.saveFailed} errors={summary} />
      {nomination.experts.length === 0 ? <p>{m.noExperts}</p> : null}
      <ul className="nomination-experts">
        {nomination.experts.map((expert) => (
          <li key={expert.id}>
            {expert.name} <span className="nomination-experts__email">{expert.email}</span>
            {expert.region ? <span className="muted"> · {m.expertRegion(expert.region.nameRu)}</span> : null}{' '}
            <button
              type="button"
              className="link-button"
              disabled={action.isPending}
              onClick={() => unassign(expert.id)}
            >
              {m.unassign}
            </button>
            {expert.ownRegionEntries.length > 0 ? (
              <p className="notice notice--warning nomination-experts__warning">
                {m.expertOwnRegion(expert.ownRegionEntries)}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {!frozen && nomination.availableExperts.length > 0 ? (
        <form className="inline-form" onSubmit={assign}>
          <div className={error ? 'form-group form-group--error' : 'form-group'}>
            <label className="form-label" htmlFor="assign-expert">
              {m.chooseExpert}
            </label>
            {error ? (
              <p className="error-message" id="assign-expert-error">
                <span className="visually-hidden">{m.errorPrefix}</span> {error}
              </p>
            ) : null}
            <select
              id="assign-expert"
              className="select"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'assign-expert-error' : undefined}
              {...form.register('expertId')}
            >
              {nomination.availableExperts.map((expert) => (
                <option key={expert.id} value={expert.id}>
                  {m.expertOption(
                    expert.name,
                    expert.email,
                    expert.region?.nameRu ?? null,
                    expert.ownRegionEntries.length,
                  )}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--secondary" disabled={action.isPending}>
            {m.assign}
          </button>
        </form>
      ) : null}
    </section>
  );
}
