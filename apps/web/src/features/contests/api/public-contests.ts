// Public reads: contests, a contest, a nomination page, a practice's awards.
import {
  type ContestDetail,
  ContestDetailSchema,
  ContestListSchema,
  type ContestSummary,
  type NominationPage,
  NominationPageSchema,
  type PracticeAward,
  PracticeAwardsSchema,
} from '@registry/contracts/contests';
import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { contestKeys } from './contest-keys';

const enc = encodeURIComponent;

/** GET /api/contests. */
export async function listContests(signal?: AbortSignal): Promise<ContestSummary[]> {
  return (await apiGet('/contests', ContestListSchema, { signal })).items;
}
export const contestsQueryOptions = () =>
  queryOptions({ queryKey: contestKeys.list(), queryFn: ({ signal }) => listContests(signal) });
export const useContests = () => useSuspenseQuery(contestsQueryOptions());

/** GET /api/contests/:slug. */
export function getContest(slug: string, signal?: AbortSignal): Promise<ContestDetail> {
  return apiGet(`/contests/${enc(slug)}`, ContestDetailSchema, { signal });
}
export const contestQueryOptions = (slug: string) =>
  queryOptions({ queryKey: contestKeys.detail(slug), queryFn: ({ signal }) => getContest(slug, signal) });
export const useContest = (slug: string) => useSuspenseQuery(contestQueryOptions(slug));

/** GET /api/contests/:slug/nominations/:nominationSlug. */
export function getNominationPage(
  slug: string,
  nominationSlug: string,
  signal?: AbortSignal,
): Promise<NominationPage> {
  return apiGet(`/contests/${enc(slug)}/nominations/${enc(nominationSlug)}`, NominationPageSchema, {
    signal,
  });
}
export const nominationPageQueryOptions = (slug: string, nominationSlug: string) =>
  queryOptions({
    queryKey: contestKeys.nomination(slug, nominationSlug),
    queryFn: ({ signal }) => getNominationPage(slug, nominationSlug, signal),
  });
export const useNominationPage = (slug: string, nominationSlug: string) =>
  useSuspenseQuery(nominationPageQueryOptions(slug, nominationSlug));

/** GET /api/practices/:slug/awards. */
export async function getPracticeAwards(slug: string, signal?: AbortSignal): Promise<PracticeAward[]> {
  return (await apiGet(`/practices/${enc(slug)}/awards`, PracticeAwardsSchema, { signal })).items;
}
export const practiceAwardsQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: contestKeys.practiceAwards(slug),
    queryFn: ({ signal }) => getPracticeAwards(slug, signal),
  });
/** Not suspending: the practice page shows without its awards when they fail to load. */
export const usePracticeAwards = (slug: string) => useQuery(practiceAwardsQueryOptions(slug));
