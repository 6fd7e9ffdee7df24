// Step 4: what changed, in words and in measured indicators (rows added and removed).
import type { Indicator } from '@registry/contracts/practice-passport';
import type { AutosaveForm } from '../../hooks/use-autosave';
import { submissionMessages as m } from '../../messages';
import { NumberInput, TextArea, TextInput } from './fields';

const emptyIndicator: Indicator = { name: '', unit: '', baseline: null, achieved: null, year: null };

export function StepResults({ form }: { form: AutosaveForm }) {
  const { values, errors, change } = form;
  const rows = values.indicators ?? [];
  const update = (index: number, patch: Partial<Indicator>) =>
    change(
      'indicators',
      rows.map((row, i) => (i === index ? { ...row, ...patch } : row)),
    );
  return (
    <>
      <TextArea
        id="field-resultsNarrative"
        label={m.resultsNarrativeLabel}
        hint={m.resultsHint}
        value={values.resultsNarrative ?? ''}
        error={errors.resultsNarrative}
        onChange={(value) => change('resultsNarrative', value)}
      />
      <fieldset
        id="field-indicators"
        tabIndex={-1}
        className={errors.indicators ? 'fieldset form-group form-group--error' : 'fieldset form-group'}
      >
        <legend className="fieldset__legend">{m.indicatorsLegend}</legend>
        {errors.indicators ? (
          <p className="error-message">
            <span className="visually-hidden">{m.errorPrefix}</span> {errors.indicators}
          </p>
        ) : null}
        {rows.map((row, index) => (
          // Rows have no id of their own; their position is what the API knows them by.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <fieldset key={index} className="row-card fieldset">
            <legend className="row-card__legend">{m.indicatorRow(index + 1)}</legend>
            <TextInput
              id={`indicator-${index}-name`}
              label={m.indicatorName}
              value={row.name}
              wide
              onChange={(name) => update(index, { name })}
            />
            <div className="row-card__fields">
              <TextInput
                id={`indicator-${index}-unit`}
                label={m.indicatorUnit}
                value={row.unit}
                onChange={(unit) => update(index, { unit })}
              />
              <NumberInput
                id={`indicator-${index}-baseline`}
                label={m.indicatorBaseline}
                value={row.baseline}
                onChange={(baseline) => update(index, { baseline })}
              />
              <NumberInput
                id={`indicator-${index}-achieved`}
                label={m.indicatorAchieved}
                value={row.achieved}
                onChange={(achieved) => update(index, { achieved })}
              />
              <NumberInput
                id={`indicator-${index}-year`}
                label={m.indicatorYear}
                value={row.year}
                onChange={(year) => update(index, { year })}
              />
            </div>
            <button
              type="button"
              className="link-button"
              onClick={() =>
                change(
                  'indicators',
                  rows.filter((_, i) => i !== index),
                )
              }
            >
              {m.indicatorRemove(index + 1)}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => change('indicators', [...rows, emptyIndicator])}
        >
          {m.indicatorAdd}
        </button>
      </fieldset>
    </>
  );
}
