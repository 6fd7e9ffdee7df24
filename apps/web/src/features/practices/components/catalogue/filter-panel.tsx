import type { Facets } from '@registry/contracts/practices';
import type { CatalogueUpdate } from '../../hooks/use-catalogue-params';
import { type CatalogueParams, type MultiFilter, toggleFilterValue } from '../../lib/catalogue-params';
import { practicesMessages as m } from '../../messages';
import { ContestFilter } from './contest-filter';
import { EvidenceDefinitions } from './evidence-definitions';
import { FacetFieldset } from './facet-fieldset';
import { FacetOption } from './facet-option';
import { LocationFilter, type LocationRegion } from './location-filter';
import { YearFilter } from './year-filter';

interface FilterPanelProps {
  params: CatalogueParams;
  facets: Facets;
  regionBook: readonly LocationRegion[] | undefined;
  update: CatalogueUpdate;
}

/** Every filter of the catalogue; a tick applies at once, as a new history entry. */
export function FilterPanel({ params, facets, regionBook, update }: FilterPanelProps) {
  const toggle = (key: MultiFilter) => (value: string) => update((s) => toggleFilterValue(s, key, value));
  const recommendedCount = facets.status.find((facet) => facet.value === 'recommended')?.count ?? 0;
  const onlyRecommended = params.status.length === 1 && params.status[0] === 'recommended';

  return (
    <div className="filter-panel">
      {/* The filter visitors look for first: practices recommended for adoption after expert review. */}
      <fieldset className="facet facet--recommended">
        <legend className="facet__legend">{m.recommendedLegend}</legend>
        <FacetOption
          id="facet-recommended"
          label={m.recommendedOption}
          count={recommendedCount}
          checked={onlyRecommended}
          onChange={() => update((s) => ({ ...s, status: onlyRecommended ? [] : ['recommended'] }))}
        />
      </fieldset>
      <FacetFieldset
        name="theme"
        legend={m.themesLegend}
        options={facets.theme}
        selected={params.theme}
        onToggle={toggle('theme')}
        collapseAfter={6}
      />
      <LocationFilter
        districts={facets.district}
        regions={facets.region}
        regionBook={regionBook}
        selectedDistricts={params.district}
        selectedRegions={params.region}
        onToggle={(key, value) => toggle(key)(value)}
      />
      <FacetFieldset
        name="targetGroup"
        legend={m.targetGroupsLegend}
        options={facets.targetGroup}
        selected={params.targetGroup}
        onToggle={toggle('targetGroup')}
        collapseAfter={6}
      />
      <FacetFieldset
        name="evidence"
        legend={m.evidenceLegend}
        options={facets.evidence}
        selected={params.evidence}
        onToggle={toggle('evidence')}
      >
        <EvidenceDefinitions />
      </FacetFieldset>
      <YearFilter
        years={facets.year}
        yearFrom={params.yearFrom}
        yearTo={params.yearTo}
        onChange={(range) => update((s) => ({ ...s, ...range }))}
      />
      <ContestFilter params={params} facets={facets} update={update} />
      <fieldset className="facet">
        <legend className="facet__legend">{m.internshipLegend}</legend>
        <FacetOption
          id="facet-internship"
          label={m.internshipOption}
          count={facets.internship}
          checked={params.internship}
          onChange={() => update((s) => ({ ...s, internship: !s.internship }))}
        />
      </fieldset>
    </div>
  );
}
