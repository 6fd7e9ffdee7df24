// The reference books every part of the app chooses from or shows: regions (each with its
// federal district, so districts come from the same list), themes, target groups and the
// evidence scale. One query and one cache key each, so the catalogue, the passport editor, the
// review forms, the adoption form and the accounts form share one copy and one request.
import {
  type EvidenceLevelList,
  EvidenceLevelListSchema,
  type ReferenceList,
  ReferenceListSchema,
} from '@registry/contracts/reference';
import { type RegionList, RegionListSchema } from '@registry/contracts/regions';
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from './api-client';

/** Public data: kept outside the staff root, so signing out does not drop it. */
export const referenceKeys = {
  all: ['reference'] as const,
  regions: () => [...referenceKeys.all, 'regions'] as const,
  themes: () => [...referenceKeys.all, 'themes'] as const,
  targetGroups: () => [...referenceKeys.all, 'target-groups'] as const,
  evidenceLevels: () => [...referenceKeys.all, 'evidence-levels'] as const,
};

// The books themselves change once in years; only their practice counts move with the catalogue.
const HOUR = 60 * 60_000;

/** GET /api/regions: every region with its district, ordered by district then name. */
export const regionsQueryOptions = () =>
  queryOptions({
    queryKey: referenceKeys.regions(),
    queryFn: ({ signal }): Promise<RegionList> => apiGet('/regions', RegionListSchema, { signal }),
    staleTime: HOUR,
  });

/**
 * GET /api/themes. The home page's tiles show each theme's practice count, so this one keeps the
 * app's default freshness (a minute) rather than an hour.
 */
export const themesQueryOptions = () =>
  queryOptions({
    queryKey: referenceKeys.themes(),
    queryFn: ({ signal }): Promise<ReferenceList> => apiGet('/themes', ReferenceListSchema, { signal }),
  });

/** GET /api/target-groups: who a practice can be for. */
export const targetGroupsQueryOptions = () =>
  queryOptions({
    queryKey: referenceKeys.targetGroups(),
    queryFn: ({ signal }): Promise<ReferenceList> =>
      apiGet('/target-groups', ReferenceListSchema, { signal }),
    staleTime: HOUR,
  });

/** GET /api/evidence-levels: the evidence scale, strongest first, with its definitions. */
export const evidenceLevelsQueryOptions = () =>
  queryOptions({
    queryKey: referenceKeys.evidenceLevels(),
    queryFn: ({ signal }): Promise<EvidenceLevelList> =>
      apiGet('/evidence-levels', EvidenceLevelListSchema, { signal }),
    staleTime: HOUR,
  });
