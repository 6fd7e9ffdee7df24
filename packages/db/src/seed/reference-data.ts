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
  capitalRu: string;
  districtCode: string;
}

/** The 8 federal districts and 89 federal subjects, from prisma/seed/regions.json. */
export function loadRegionSeed(): { federalDistricts: FederalDistrictSeed[]; regions: RegionSeed[] } {
  const path = join(findRepoRoot(), 'prisma', 'seed', 'regions.json');
  return JSON.parse(readFileSync(path, 'utf8'));
}

export interface NamedSeed {
  code: string;
  nameRu: string;
  nameEn: string;
  sortOrder: number;
}

export interface EvidenceLevelSeed {
  code: string;
  rank: number;
  nameRu: string;
  nameEn: string;
  descriptionRu: string;
  descriptionEn: string;
}

/** Themes, target groups and the evidence scale, from prisma/seed/catalogue-reference.json. */
export function loadCatalogueSeed(): {
  themes: NamedSeed[];
  targetGroups: NamedSeed[];
  evidenceLevels: EvidenceLevelSeed[];
} {
  const path = join(findRepoRoot(), 'prisma', 'seed', 'catalogue-reference.json');
  return JSON.parse(readFileSync(path, 'utf8'));
}

export interface RegionCapitalSeed {
  code: string;
  capitalRu: string;
  lat: number;
  lon: number;
}

/** Each federal subject's capital in decimal degrees, from prisma/seed/region-capitals.json. */
export function loadRegionCapitals(): RegionCapitalSeed[] {
  const path = join(findRepoRoot(), 'prisma', 'seed', 'region-capitals.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { capitals: RegionCapitalSeed[] }).capitals;
}
