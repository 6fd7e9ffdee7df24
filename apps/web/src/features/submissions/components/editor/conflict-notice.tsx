// Shown when a save met a newer revision. With the saved version at hand, each field both sides
// changed is shown twice — what this person typed and what was saved — and they choose per field;
// without it (an older server answer) the only way on is to reload.
import { useState } from 'react';
import { Choice, ChoiceFieldset } from '../../../../components/choice';
import { formatTime } from '../../../../lib/format';
import type { EditConflict } from '../../hooks/use-autosave';
import type { Choice as Pick } from '../../lib/conflict';
import { describeValue } from '../../lib/describe-change';
import { fieldLabels, type PassportField } from '../../lib/steps';
import { submissionMessages as m } from '../../messages';

function ChooseVersions({
  conflict,
  onResolve,
}: {
  conflict: EditConflict;
  onResolve: (choices: Partial<Record<PassportField, Pick>>) => void;
}) {
  const [choices, setChoices] = useState<Partial<Record<PassportField, Pick>>>({});
  const who = conflict.savedBy;
  const savedLabel = who?.self ? m.conflictSavedSelf : m.conflictSavedBy(who?.name ?? null);
  return (
    <form
      className="conflict"
      onSubmit={(event) => {
        event.preventDefault();
        onResolve(choices);
      }}
    >
      <p>{m.conflictExplain}</p>
      <p>
        {m.conflictFieldsLead} {conflict.fields.map((f) => fieldLabels[f.field]).join(', ')}.
      </p>
      {conflict.fields.map(({ field, mine, saved }) => {
        const choice = choices[field] ?? 'mine';
        const set = (value: Pick) => setChoices((previous) => ({ ...previous, [field]: value }));
        return (
          <ChoiceFieldset key={field} id={`conflict-${field}`} legend={fieldLabels[field]}>
            <dl className="conflict__versions">
              <div className="conflict__version">
                <dt>{m.conflictMine}</dt>
                <dd>{describeValue(mine)}</dd>
              </div>
              <div className="conflict__version">
                <dt>
                  {savedLabel}
                  {who ? `, ${formatTime(who.at)}` : ''}
                </dt>
                <dd>{describeValue(saved)}</dd>
              </div>
            </dl>
            <Choice
              id={`conflict-${field}-mine`}
              type="radio"
              name={`conflict-${field}`}
              label={m.conflictKeepMine}
              checked={choice === 'mine'}
              onChange={() => set('mine')}
            />
            <Choice
              id={`conflict-${field}-saved`}
              type="radio"
              name={`conflict-${field}`}
              label={m.conflictTakeSaved}
              checked={choice === 'saved'}
              onChange={() => set('saved')}
            />
          </ChoiceFieldset>
        );
      })}
      <button type="submit" className="button">
        {m.conflictContinue}
      </button>
    </form>
  );
}

export function ConflictNotice({
  conflict,
  onResolve,
  onReload,
}: {
  conflict: EditConflict | null;
  onResolve: (choices: Partial<Record<PassportField, Pick>>) => void;
  onReload: () => Promise<unknown>;
}) {
  const [loading, setLoading] = useState(false);
  const title = !conflict
    ? m.conflictTitle
    : conflict.savedBy?.self
      ? m.conflictTitleSelf
      : m.conflictTitleBy(conflict.savedBy?.name ?? null);
  return (
    <div className="notice notice--error" role="alert">
      <h2 className="notice__title">{title}</h2>
      {conflict ? (
        <ChooseVersions conflict={conflict} onResolve={onResolve} />
      ) : (
        <>
          <p>{m.conflictText}</p>
          <button
            type="button"
            className="button"
            disabled={loading}
            onClick={() => {
              setLoading(true);
              void onReload().finally(() => setLoading(false));
            }}
          >
            {m.conflictReload}
          </button>
        </>
      )}
    </div>
  );
}
