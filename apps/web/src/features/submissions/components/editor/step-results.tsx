// Step 4: what changed, in words and in measured indicators (rows added and removed).
import type { Indicator } from '@registry/contracts/practice-passport';
import type { AutosaveForm } from '../../hooks/use-autosave';
import { submissionMessages as m } from '../../messages';
import { NumberInput, TextArea, TextInput } from './fields';
import { RowList } from './row-list';

const emptyIndicator: Indicator = { name: '', unit: '', baseline: null, achieved: null, year: null };

export function StepResults({ form }: { form: AutosaveForm }) {
  const { values, errors, change } = form;
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
      <RowList
        id="field-indicators"
        legend={m.indicatorsLegend}
        error={errors.indicators}
        rows={values.indicators ?? []}
        empty={emptyIndicator}
        onChange={(rows) => change('indicators', rows)}
        rowLegend={m.indicatorRow}
        removeLabel={m.indicatorRemove}
        addLabel={m.indicatorAdd}
        renderRow={(row, index, update) => (
          <>
            <TextInput
              id={`indicator-${index}-name`}
              label={m.indicatorName}
              value={row.name}
              wide
              onChange={(name) => update({ name })}
            />
            <div className="row-card__fields">
              <TextInput
                id={`indicator-${index}-unit`}
                label={m.indicatorUnit}
                value={row.unit}
                onChange={(unit) => update({ unit })}
              />
              <NumberInput
                id={`indicator-${index}-baseline`}
                label={m.indicatorBaseline}
                value={row.baseline}
                onChange={(baseline) => update({ baseline })}
              />
              <NumberInput
                id={`indicator-${index}-achieved`}
                label={m.indicatorAchieved}
                value={row.achieved}
                onChange={(achieved) => update({ achieved })}
              />
              <NumberInput
                id={`indicator-${index}-year`}
                label={m.indicatorYear}
                value={row.year}
                onChange={(year) => update({ year })}
              />
            </div>
          </>
        )}
      />
    </>
  );
}
