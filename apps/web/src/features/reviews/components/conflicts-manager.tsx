// The expert declares organisations they have a conflict of interest with.
import { type FormEvent, useState } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { ErrorSummary, type SummaryError } from '../../../components/error-summary';
import { problemErrors } from '../../../lib/form-errors';
import { useAddConflict, useConflicts, useRemoveConflict } from '../api/setup';
import { reviewMessages as m } from '../messages';

export function ConflictsManager() {
  const { data } = useConflicts();
  const add = useAddConflict();
  const remove = useRemoveConflict();
  const [organisationName, setOrganisation] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setErrors([]);
    add.mutate(
      { organisationName, note },
      {
        onSuccess: () => {
          setOrganisation('');
          setNote('');
        },
        onError: (error) =>
          setErrors(problemErrors(error, { organisationName: 'conflict-organisation' }, m.offline).summary),
      },
    );
  };
  return (
    <>
      {data.items.length === 0 ? (
        <EmptyState title={m.conflictsEmpty} />
      ) : (
        <ul className="conflict-list">
          {data.items.map((c) => (
            <li key={c.id} className="conflict-list__item">
              <span>
                <strong>{c.organisationName}</strong>
                {c.note ? <span className="muted"> — {c.note}</span> : null}
              </span>
              <button
                type="button"
                className="link-button"
                disabled={remove.isPending}
                onClick={() => remove.mutate(c.id)}
              >
                {m.removeConflict}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="section" onSubmit={onSubmit} noValidate>
        <ErrorSummary title={m.conflictFailed} errors={errors} />
        <div className="form-group">
          <label className="form-label" htmlFor="conflict-organisation">
            {m.organisationLabel}
          </label>
          <input
            id="conflict-organisation"
            className="input input--wide"
            value={organisationName}
            onChange={(e) => setOrganisation(e.target.value)}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="conflict-note">
            {m.noteLabel}
          </label>
          <input
            id="conflict-note"
            className="input input--wide"
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={add.isPending}>
          {m.addConflict}
        </button>
      </form>
    </>
  );
}
