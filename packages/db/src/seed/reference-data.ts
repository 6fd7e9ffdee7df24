import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from '../repo-root';

export interface FederalDistrictSeed {
  code: string;
  nameRu: string;
  nameEn: string;
  shortRu: string;
  sortOrder: number;
}

export interface RegionSeed {
  code: string;
  nameRu: string;
  nameEn: string;
  districtCode: string;
}

/** The 8 federal districts and 89 federal subjects, from prisma/seed/regions.json. */
export function loadRegionSeed(): { federalDistricts: FederalDistrictSeed[]; regions: RegionSeed[] } {
  const path = join(findRepoRoot(), 'prisma', 'seed', 'regions.json');
  return JSON.parse(readFileSync(path, 'utf8'));
}
