import type { FederalDistrict } from '@registry/contracts/regions';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { regionsMessages as m } from '../messages';

/**
 * Narrows the list to one federal district through `?district=`, so a filtered list can be
 * bookmarked and shared. A button applies the choice: changing a page on select would surprise
 * keyboard and screen reader users (WCAG 3.2.2).
 */
export function DistrictFilter({ districts, selected }: { districts: FederalDistrict[]; selected?: string }) {
  const [, setSearchParams] = useSearchParams();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const district = new FormData(event.currentTarget).get('district');
    setSearchParams(typeof district === 'string' && district ? { district } : {});
  }

  return (
    <form className="filter" onSubmit={onSubmit}>
      <div className="filter__field">
        <label htmlFor="district-filter">{m.filterLabel}</label>
        {/* Keyed by the URL value so Back/Forward resets the uncontrolled select. */}
        <select id="district-filter" name="district" defaultValue={selected ?? ''} key={selected ?? ''}>
          <option value="">{m.filterAll}</option>
          {districts.map((district) => (
            <option key={district.code} value={district.code}>
              {district.nameRu}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        {m.filterSubmit}
      </button>
      {selected ? (
        <Link to="/regions" className="filter__reset">
          {m.filterReset}
        </Link>
      ) : null}
    </form>
  );
}
