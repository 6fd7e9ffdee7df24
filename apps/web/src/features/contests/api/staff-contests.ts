// Staff calls: contests and nominations set-up, entering, scoring, awards and results.
import type { AwardKind } from '@registry/contracts/contests';
import { ContestDetailSchema, NominationSummarySchema } from '@registry/contracts/contests';
import {
  type ContestBody,
  type NominationBody,
  type ScoreBody,
  type StaffNomination,
  StaffNominationListSchema,
  StaffNominationSchema,
} from '@registry/contracts/contests-staff';
import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../lib/api-client';
import { contestKeys, staffNominationKeys } from './contest-keys';

export const staffNominationsQueryOptions = () =>
  queryOptions({
    queryKey: staffNominationKeys.list(),
    queryFn: async ({ signal }) =>
      (await apiGet('/staff/nominations', StaffNominationListSchema, { signal })).items,
    staleTime: 5_000,
  });
export const useStaffNominations = () => useSuspenseQuery(staffNominationsQueryOptions());

export const staffNominationQueryOptions = (id: number) =>
  queryOptions({
    queryKey: staffNominationKeys.detail(id),
    queryFn: ({ signal }) => apiGet(`/staff/nominations/${id}`, StaffNominationSchema, { signal }),
    staleTime: 5_000,
  });
export const useStaffNomination = (id: number) => useSuspenseQuery(staffNominationQueryOptions(id));

/** Create (no id) or change a contest; public contest pages are refreshed afterwards. */
export function useSaveContest(id?: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ContestBody) =>
      apiSend(id ? 'PUT' : 'POST', id ? `/staff/contests/${id}` : '/staff/contests', {
        body,
        schema: ContestDetailSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contestKeys.all }),
  });
}

export function useCreateNomination(contestId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NominationBody) =>
      apiSend('POST', `/staff/contests/${contestId}/nominations`, { body, schema: NominationSummarySchema }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: contestKeys.all });
      void queryClient.invalidateQueries({ queryKey: staffNominationKeys.all });
    },
  });
}

type NominationAction =
  | { kind: 'assign' | 'unassign'; expertId: number }
  | { kind: 'enter'; practiceId: number }
  | { kind: 'score'; entryId: number; body: ScoreBody }
  | { kind: 'award'; entryId: number; award: AwardKind | null; reason?: string }
  | { kind: 'publish' | 'finalise' };

function send(id: number, action: NominationAction): Promise<StaffNomination> {
  const schema = StaffNominationSchema;
  switch (action.kind) {
    case 'assign':
      return apiSend('PUT', `/staff/nominations/${id}/experts/${action.expertId}`, { schema });
    case 'unassign':
      return apiSend('DELETE', `/staff/nominations/${id}/experts/${action.expertId}`, { schema });
    case 'enter':
      return apiSend('POST', `/staff/nominations/${id}/entries`, {
        body: { practiceId: action.practiceId },
        schema,
      });
    case 'score':
      return apiSend('PUT', `/staff/entries/${action.entryId}/score`, { body: action.body, schema });
    case 'award':
      return apiSend('PUT', `/staff/entries/${action.entryId}/award`, {
        body: { award: action.award, reason: action.reason ?? '' },
        schema,
      });
    case 'publish':
      return apiSend('POST', `/staff/nominations/${id}/results`, { schema });
    case 'finalise':
      return apiSend('POST', `/staff/nominations/${id}/results/final`, { schema });
  }
}

/** Every change to a nomination answers with its new staff view, which replaces the cached one. */
export function useNominationAction(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: NominationAction) => send(id, action),
    onSuccess: (nomination) => {
      queryClient.setQueryData(staffNominationKeys.detail(id), nomination);
      void queryClient.invalidateQueries({ queryKey: staffNominationKeys.list() });
      void queryClient.invalidateQueries({ queryKey: contestKeys.all });
    },
  });
}
