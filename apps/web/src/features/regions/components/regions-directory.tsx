import { useSuspenseQuery } from '@tanstack/react-query';
import { regionsQueryOptions } from '../../../lib/reference-queries';
import { regionsMessages as m } from '../messages';
import { DistrictFilter } from './district-filter';
import { groupByDistrict } from './group-by-district';
import { RegionsByDistrict } from './regions-by-district';

/**
 * The filter and the grouped list. It loads all 89 regions once and filters in memory: the
 * whole list is a few kilobytes, it also supplies the filter's districts, and switching
 * districts then needs no request.
 */
export function RegionsDirectory({ district }: { district?: string }) {
  const { data } = useSuspenseQuery(regionsQueryOptions());
  const districts = groupByDistrict(data.items).map((group) => group.district);
  const regions = district ? data.items.filter((region) => region.district.code === district) : data.items;

  return (
    <>
      <DistrictFilter districts={districts} selected={district} />
      {regions.length > 0 ? (
        <RegionsByDistrict regions={regions} />
      ) : (
        <p className="notice" role="status">
          {m.unknownDistrict}
        </p>
      )}
    </>
  );
}
