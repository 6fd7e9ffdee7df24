import { practiceStatusLabels } from '@registry/contracts/practice-enums';
import type { Facets } from '@registry/contracts/practices';
import { useEffect, useRef } from 'react';
import type { CatalogueUpdate } from '../../hooks/use-catalogue-params';
import {
  type CatalogueParams,
  emptyCatalogueParams,
  MULTI_FILTERS,
  toggleFilterValue,
} from '../../lib/catalogue-params';
import { practicesMessages as m } from '../../messages';

interface Chip {
  key: string;
  label: string;
  remove: (state: CatalogueParams) => CatalogueParams;
}

function chipsOf(params: CatalogueParams, facets: Facets | undefined): Chip[] {
  const labelOf = (key: (typeof MULTI_FILTERS)[number], value: string): string => {
    if (key === 'status') return practiceStatusLabels[value as keyof typeof practiceStatusLabels] ?? value;
    return facets?.[key].find((facet) => facet.value === value)?.label ?? value;
  };
  const chips: Chip[] = [];
  if (params.q) chips.push({ key: 'q', label: m.chipQuery(params.q), remove: (s) => ({ ...s, q: '' }) });
  for (const key of MULTI_FILTERS) {
    for (const value of params[key]) {
      chips.push({
        key: `${key}:${value}`,
        label: labelOf(key, value),
        remove: (s) => toggleFilterValue(s, key, value),
      });
    }
  }
  if (params.yearFrom !== null) {
    chips.push({
      key: 'yearFrom',
      label: m.chipYearFrom(params.yearFrom),
      remove: (s) => ({ ...s, yearFrom: null }),
    });
  }
  if (params.yearTo !== null) {
    chips.push({
      key: 'yearTo',
      label: m.chipYearTo(params.yearTo),
      remove: (s) => ({ ...s, yearTo: null }),
    });
  }
  if (params.award) {
    chips.push({ key: 'award', label: m.chipAward(params.award), remove: (s) => ({ ...s, award: null }) });
  }
  if (params.internship) {
    chips.push({
      key: 'internship',
      label: m.internshipOption,
      remove: (s) => ({ ...s, internship: false }),
    });
  }
  return chips;
}

interface ActiveFiltersProps {
  params: CatalogueParams;
  facets: Facets | undefined;
  update: CatalogueUpdate;
  /** Where focus goes once the last chip is gone. */
  fallbackFocusId: string;
}

/** What is chosen, as removable chips, with a way to start over. */
export function ActiveFilters({ params, facets, update, fallbackFocusId }: ActiveFiltersProps) {
  const chips = chipsOf(params, facets);
  const listRef = useRef<HTMLUListElement>(null);
  // A removed chip takes the focus with it; hand it to the chip that took its place. Runs after
  // every render, and does something only in the one that follows a removal.
  const focusIndex = useRef<number | null>(null);

  useEffect(() => {
    const index = focusIndex.current;
    if (index === null) return;
    focusIndex.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('.chip');
    const target = buttons?.[Math.min(index, buttons.length - 1)] ?? document.getElementById(fallbackFocusId);
    target?.focus();
  });

  if (chips.length === 0) return null;
  return (
    <section className="active-filters" aria-label={m.activeFiltersLabel}>
      <ul className="active-filters__list" ref={listRef}>
        {chips.map((chip, index) => (
          <li key={chip.key}>
            <button
              type="button"
              className="chip"
              aria-label={m.removeFilter(chip.label)}
              onClick={() => {
                focusIndex.current = index;
                update(chip.remove);
              }}
            >
              {chip.label}
              <span className="chip__remove" aria-hidden="true" />
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            className="link-button active-filters__reset"
            onClick={() => {
              focusIndex.current = 0;
              update((s) => ({ ...emptyCatalogueParams, sort: s.sort }));
            }}
          >
            {m.resetAll}
          </button>
        </li>
      </ul>
    </section>
  );
}
