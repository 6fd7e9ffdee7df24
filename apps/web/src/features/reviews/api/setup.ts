// Reference data of review: the rubric, declared conflicts, the evidence scale.
import {
  ConflictListSchema,
  ConflictSchema,
  type CreateConflictBody,
  RubricSchema,
  type UpdateRubricBody,
} from '@registry/contracts/review-setup';
import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../lib/api-client';
import { evidenceLevelsQueryOptions } from '../../../lib/reference-queries';
import { reviewKeys } from './review-keys';

/** GET /api/reviews/rubric. */
export const rubricQueryOptions = () =>
  queryOptions({
    queryKey: reviewKeys.rubric(),
    queryFn: ({ signal }) => apiGet('/reviews/rubric', RubricSchema, { signal }),
  });
export const useRubric = () => useSuspenseQuery(rubricQueryOptions());

/** PUT /api/reviews/rubric. */
export function useUpdateRubric() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateRubricBody) => apiSend('PUT', '/reviews/rubric', { body, schema: RubricSchema }),
    onSuccess: (rubric) => queryClient.setQueryData(reviewKeys.rubric(), rubric),
  });
}

/** GET /api/reviews/conflicts/mine. */
export const conflictsQueryOptions = () =>
  queryOptions({
    queryKey: reviewKeys.conflicts(),
    queryFn: ({ signal }) => apiGet('/reviews/conflicts/mine', ConflictListSchema, { signal }),
  });
export const useConflicts = () => useSuspenseQuery(conflictsQueryOptions());

export function useAddConflict() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateConflictBody) =>
      apiSend('POST', '/reviews/conflicts/mine', { body, schema: ConflictSchema }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reviewKeys.conflicts() }),
  });
}

export function useRemoveConflict() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiSend('DELETE', `/reviews/conflicts/mine/${id}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reviewKeys.conflicts() }),
  });
}

/** The evidence scale experts and moderators choose from (shared reference data). */
export const useEvidenceLevels = () => useSuspenseQuery(evidenceLevelsQueryOptions());
