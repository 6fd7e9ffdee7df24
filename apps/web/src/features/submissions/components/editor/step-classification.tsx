// Step 5: themes, target groups, evidence level (with its definitions), readiness and cost.
import {
  COST_BANDS,
  costBandLabels,
  REPLICATION_READINESS,
  replicationReadinessLabels,
} from '@registry/contracts/practice-enums';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Choice, ChoiceFieldset } from '../../../../components/choice';
import {
  evidenceLevelsQueryOptions,
  targetGroupsQueryOptions,
  themesQueryOptions,
} from '../../../../lib/reference-queries';
import type { AutosaveForm } from '../../hooks/use-autosave';
import { submissionMessages as m } from '../../messages';

const toggle = (list: readonly string[], code: string, on: boolean) =>
  on ? [...list.filter((c) => c !== code), code] : list.filter((c) => c !== code);

export function StepClassification({ form }: { form: AutosaveForm }) {
  const { values, errors, change } = form;
  const { data: themes } = useSuspenseQuery(themesQueryOptions());
  const { data: groups } = useSuspenseQuery(targetGroupsQueryOptions());
  const { data: levels } = useSuspenseQuery(evidenceLevelsQueryOptions());
  const themeCodes = values.themeCodes ?? [];
  const groupCodes = values.targetGroupCodes ?? [];
  return (
    <>
      <ChoiceFieldset id="field-themeCodes" legend={m.themesLegend} error={errors.themeCodes}>
        {themes.items.map((theme) => (
          <Choice
            key={theme.code}
            id={`theme-${theme.code}`}
            type="checkbox"
            name="themeCodes"
            label={theme.nameRu}
            checked={themeCodes.includes(theme.code)}
            onChange={(on) => change('themeCodes', toggle(themeCodes, theme.code, on))}
          />
        ))}
      </ChoiceFieldset>
      <ChoiceFieldset
        id="field-targetGroupCodes"
        legend={m.targetGroupsLegend}
        error={errors.targetGroupCodes}
      >
        {groups.items.map((group) => (
          <Choice
            key={group.code}
            id={`group-${group.code}`}
            type="checkbox"
            name="targetGroupCodes"
            label={group.nameRu}
            checked={groupCodes.includes(group.code)}
            onChange={(on) => change('targetGroupCodes', toggle(groupCodes, group.code, on))}
          />
        ))}
      </ChoiceFieldset>
      <ChoiceFieldset id="field-evidenceLevel" legend={m.evidenceLegend} error={errors.evidenceLevel}>
        {levels.items.map((level) => (
          <Choice
            key={level.code}
            id={`evidence-${level.code}`}
            type="radio"
            name="evidenceLevel"
            label={level.nameRu}
            hint={level.descriptionRu}
            checked={values.evidenceLevel === level.code}
            onChange={(on) => on && change('evidenceLevel', level.code)}
          />
        ))}
      </ChoiceFieldset>
      <ChoiceFieldset
        id="field-replicationReadiness"
        legend={m.readinessLegend}
        error={errors.replicationReadiness}
      >
        {REPLICATION_READINESS.map((code) => (
          <Choice
            key={code}
            id={`readiness-${code}`}
            type="radio"
            name="replicationReadiness"
            label={replicationReadinessLabels[code]}
            checked={values.replicationReadiness === code}
            onChange={(on) => on && change('replicationReadiness', code)}
          />
        ))}
      </ChoiceFieldset>
      <ChoiceFieldset id="field-costBand" legend={m.costLegend} error={errors.costBand}>
        {COST_BANDS.map((code) => (
          <Choice
            key={code}
            id={`cost-${code}`}
            type="radio"
            name="costBand"
            label={costBandLabels[code]}
            checked={values.costBand === code}
            onChange={(on) => on && change('costBand', code)}
          />
        ))}
      </ChoiceFieldset>
    </>
  );
}
