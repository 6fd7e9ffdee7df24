import type { StaffNomination } from '@registry/contracts/contests-staff';
import { ErrorSummary } from '../../../components/error-summary';
import { useContractForm } from '../../../lib/use-contract-form';
import { useNominationAction } from '../api/staff-contests';
import { EnterFormSchema, stillOffered } from '../lib/nomination-form-schemas';
import { contestMessages as m } from '../messages';

/** Coordinators: enter one of the region's public practices while the window is open. */
export function EnterPractice({ nomination }: { nomination: StaffNomination }) {
  const action = useNominationAction(nomination.id);
  const { form, summary, submit, errorOf } = useContractForm(EnterFormSchema, {
    defaultValues: { practiceId: String(nomination.eligiblePractices[0]?.id ?? '') },
    ids: { practiceId: 'enter-practice' },
    offline: m.offline,
  });
  const onSubmit = submit((body, failed) => {
    if (action.isPending) return;
    action.mutate(
      { kind: 'enter', ...body },
      {
        // The practice entered leaves the list: the form's value follows what the list shows.
        onSuccess: (next) =>
          form.reset({ practiceId: stillOffered(form.getValues('practiceId'), next.eligiblePractices) }),
        onError: failed,
      },
    );
  });
  const error = errorOf('practiceId');
  return (
    <section className="section" aria-labelledby="enter-title">
      <h2 id="enter-title">{m.enterTitle}</h2>
      {!nomination.can.enter ? <p>{m.enterClosed}</p> : null}
      {nomination.can.enter && nomination.eligiblePractices.length === 0 ? <p>{m.enterNone}</p> : null}
      {nomination.can.enter && nomination.eligiblePractices.length > 0 ? (
        <form className="account-form" onSubmit={onSubmit}>
          <ErrorSummary title={m.saveFailed} errors={summary} />
          <div className={error ? 'form-group form-group--error' : 'form-group'}>
            <label className="form-label" htmlFor="enter-practice">
              {m.enterChoose}
            </label>
            <p className="hint">{m.enterHint}</p>
            {error ? (
              <p className="error-message" id="enter-practice-error">
                <span className="visually-hidden">{m.errorPrefix}</span> {error}
              </p>
            ) : null}
            <select
              id="enter-practice"
              className="select contest-select"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'enter-practice-error' : undefined}
              {...form.register('practiceId')}
            >
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
