import { AWARD_KINDS, type AwardKind, awardLabels } from '@registry/contracts/contests';
import type { Facets } from '@registry/contracts/practices';
import type { CatalogueUpdate } from '../../hooks/use-catalogue-params';
import { type AwardFilter, type CatalogueParams, toggleFilterValue } from '../../lib/catalogue-params';
import { practicesMessages as m } from '../../messages';
import { FacetFieldset } from './facet-fieldset';

/** The awards a filter value stands for, and back: both ticked is "any award". */
const awardsOf = (award: AwardFilter | null): AwardKind[] =>
  award === 'any' ? [...AWARD_KINDS] : award ? [award] : [];
const awardOf = (awards: AwardKind[]): AwardFilter | null =>
  awards.length === 2 ? 'any' : (awards[0] ?? null);

interface ContestFilterProps {
  params: CatalogueParams;
  facets: Facets;
  update: CatalogueUpdate;
}

/** Contest nominations a practice was entered into, and awards it won there. */
export function ContestFilter({ params, facets, update }: ContestFilterProps) {
  // Nominations nobody entered (yet) would only be noise: listed once they have entries.
  const nominations = facets.nomination.filter((f) => f.count > 0 || params.nomination.includes(f.value));
  const awards = awardsOf(params.award);
  const awardOptions = facets.award.map((f) => ({
    ...f,
    label: awardLabels[f.value as AwardKind] ?? f.value,
  }));
  if (nominations.length === 0 && awards.length === 0 && !facets.award.some((f) => f.count > 0)) return null;
  return (
    <>
      {nominations.length > 0 ? (
        <FacetFieldset
          name="nomination"
          legend={m.nominationLegend}
          options={nominations}
          selected={params.nomination}
          onToggle={(value) => update((s) => toggleFilterValue(s, 'nomination', value))}
          collapseAfter={4}
        />
      ) : null}
      <FacetFieldset
        name="award"
        legend={m.awardLegend}
        options={awardOptions}
        selected={awards}
        onToggle={(value) =>
          update((s) => {
            const current = awardsOf(s.award);
            const next = current.includes(value as AwardKind)
              ? current.filter((a) => a !== value)
              : [...current, value as AwardKind];
            return { ...s, award: awardOf(next) };
          })
        }
      />
    </>
  );
}
