import type { FacetCount } from '@registry/contracts/practices';
import { useState } from 'react';
import { practicesMessages as m } from '../../messages';
import { FacetOption } from './facet-option';

/** A region and the federal district it belongs to (from the regions reference book). */
export interface LocationRegion {
  code: string;
  nameRu: string;
  districtCode: string;
}

interface LocationFilterProps {
  districts: FacetCount[];
  regions: FacetCount[];
  /** Which district each region is in; without it, only ticked regions are listed. */
  regionBook: readonly LocationRegion[] | undefined;
  selectedDistricts: readonly string[];
  selectedRegions: readonly string[];
  onToggle: (key: 'district' | 'region', value: string) => void;
}

/**
 * Federal districts, each opening onto its regions. The API matches a practice in any chosen
 * district OR region, so a ticked district shows its regions as included (and locked): ticking
 * one of them could not narrow anything.
 */
export function LocationFilter(props: LocationFilterProps) {
  const { districts, regions, regionBook, selectedDistricts, selectedRegions, onToggle } = props;
  const counts = new Map(regions.map((region) => [region.value, region.count]));
  const labels = new Map(regions.map((region) => [region.value, region.label ?? region.value]));
  const [open, setOpen] = useState<ReadonlySet<string>>(
    () =>
      new Set(
        regionBook
          ?.filter((region) => selectedRegions.includes(region.code))
          .map((region) => region.districtCode),
      ),
  );
  const toggleOpen = (code: string) => {
    const next = new Set(open);
    if (next.has(code)) next.delete(code);
    else next.add(code);
    setOpen(next);
  };
  // Without the reference book ticked regions cannot be placed under a district, but must stay removable.
  const orphanRegions = regionBook ? [] : selectedRegions;

  return (
    <fieldset className="facet">
      <legend className="facet__legend">{m.locationLegend}</legend>
      <p className="hint facet__hint">{m.locationHint}</p>
      <ul className="location-tree">
        {districts.map((district) => {
          const districtChecked = selectedDistricts.includes(district.value);
          const own = regionBook?.filter((region) => region.districtCode === district.value) ?? [];
          const regionsId = `location-${district.value}-regions`;
          const isOpen = open.has(district.value);
          const label = district.label ?? district.value;
          return (
            <li key={district.value}>
              <div className="location-tree__district">
                <FacetOption
                  id={`facet-district-${district.value}`}
                  label={label}
                  count={district.count}
                  checked={districtChecked}
                  onChange={() => onToggle('district', district.value)}
                />
                {own.length > 0 ? (
                  <button
                    type="button"
                    className="location-tree__expand"
                    aria-expanded={isOpen}
                    aria-controls={regionsId}
                    onClick={() => toggleOpen(district.value)}
                  >
                    <span className="visually-hidden">{m.regionsOf(label)}</span>
                  </button>
                ) : null}
              </div>
              {own.length > 0 ? (
                <fieldset className="location-tree__regions" id={regionsId} hidden={!isOpen}>
                  <legend className="visually-hidden">{m.regionsOf(label)}</legend>
                  {own.map((region) => {
                    const regionChecked = selectedRegions.includes(region.code);
                    return (
                      <FacetOption
                        key={region.code}
                        id={`facet-region-${region.code}`}
                        label={region.nameRu}
                        count={counts.get(region.code) ?? 0}
                        checked={regionChecked || districtChecked}
                        disabled={districtChecked && !regionChecked}
                        onChange={() => onToggle('region', region.code)}
                      />
                    );
                  })}
                </fieldset>
              ) : null}
            </li>
          );
        })}
      </ul>
      {orphanRegions.map((code) => (
        <FacetOption
          key={code}
          id={`facet-region-${code}`}
          label={labels.get(code) ?? code}
          count={counts.get(code) ?? 0}
          checked
          onChange={() => onToggle('region', code)}
        />
      ))}
    </fieldset>
  );
}
