import type { StaffNomination } from '@registry/contracts/contests-staff';
import { type FormEvent, useMemo } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { noFormErrors, problemErrors } from '../../../lib/form-errors';
import { useNominationAction } from '../api/staff-contests';
import { contestMessages as m } from '../messages';

/** Moderators: the nomination's experts, with a way to add or take one off. */
export function ExpertsPanel({ nomination }: { nomination: StaffNomination }) {
  const action = useNominationAction(nomination.id);
  const errors = useMemo(
    () => (action.error ? problemErrors(action.error, {}, m.offline) : noFormErrors),
    [action.error],
  );
  const frozen = nomination.resultsPublishedAt !== null;
  const assign = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const expertId = Number(new FormData(event.currentTarget).get('expertId'));
    if (expertId) action.mutate({ kind: 'assign', expertId });
  };
  return (
    <section className="section" aria-labelledby="nomination-experts">
      <h2 id="nomination-experts">{m.experts}</h2>
      <ErrorSummary title={m.saveFailed} errors={errors.summary} />
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
              onClick={() => action.mutate({ kind: 'unassign', expertId: expert.id })}
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
          <div className="form-group">
            <label className="form-label" htmlFor="assign-expert">
              {m.chooseExpert}
            </label>
            <select id="assign-expert" name="expertId" className="select">
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
