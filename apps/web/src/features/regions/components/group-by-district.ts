import type { FederalDistrict, Region } from '@registry/contracts/regions';

export interface DistrictGroup {
  district: FederalDistrict;
  regions: Region[];
}

/**
 * Groups regions by federal district, keeping the API's order: districts in the order their
 * first region appears (the API sorts by district, then by name), regions as given.
 */
export function groupByDistrict(regions: readonly Region[]): DistrictGroup[] {
  const groups = new Map<string, DistrictGroup>();
  for (const region of regions) {
    const group = groups.get(region.district.code);
    if (group) group.regions.push(region);
    else groups.set(region.district.code, { district: region.district, regions: [region] });
  }
  return [...groups.values()];
}
