import type { StaffNomination } from '@registry/contracts/contests-staff';
import { type FormEvent, useMemo } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { noFormErrors, problemErrors } from '../../../lib/form-errors';
import { useNominationAction } from '../api/staff-contests';
import { contestMessages as m } from '../messages';

/** Coordinators: enter one of the region's public practices while the window is open. */
export function EnterPractice({ nomination }: { nomination: StaffNomination }) {
  const action = useNominationAction(nomination.id);
  const errors = useMemo(
    () =>
      action.error ? problemErrors(action.error, { practiceId: 'enter-practice' }, m.offline) : noFormErrors,
    [action.error],
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const practiceId = Number(new FormData(event.currentTarget).get('practiceId'));
    if (practiceId && !action.isPending) action.mutate({ kind: 'enter', practiceId });
  };
  return (
    <section className="section" aria-labelledby="enter-title">
      <h2 id="enter-title">{m.enterTitle}</h2>
      {!nomination.can.enter ? <p>{m.enterClosed}</p> : null}
      {nomination.can.enter && nomination.eligiblePractices.length === 0 ? <p>{m.enterNone}</p> : null}
      {nomination.can.enter && nomination.eligiblePractices.length > 0 ? (
        <form className="account-form" onSubmit={submit}>
          <ErrorSummary title={m.saveFailed} errors={errors.summary} />
          <div className="form-group">
            <label className="form-label" htmlFor="enter-practice">
              {m.enterChoose}
            </label>
            <p className="hint">{m.enterHint}</p>
            <select id="enter-practice" name="practiceId" className="select contest-select">
              {nomination.eligiblePractices.map((practice) => (
                <option key={practice.id} value={practice.id}>
                  {practice.title}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button" disabled={action.isPending}>
            {m.enterSubmit}
          </button>
        </form>
      ) : null}
    </section>
  );
}
