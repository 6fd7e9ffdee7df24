// The expert's assignments: list, one with its rubric, sending the review, declining.
import {
  type AssignmentDetail,
  AssignmentDetailSchema,
  AssignmentListSchema,
  AssignmentSchema,
  type SubmitReviewBody,
} from '@registry/contracts/reviews';
import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../lib/api-client';
import { reviewKeys } from './review-keys';

/** GET /api/reviews/assignments/mine. */
export const myAssignmentsQueryOptions = () =>
  queryOptions({
    queryKey: reviewKeys.mine(),
    queryFn: ({ signal }) => apiGet('/reviews/assignments/mine', AssignmentListSchema, { signal }),
    staleTime: 0,
  });
export const useMyAssignments = () => useSuspenseQuery(myAssignmentsQueryOptions());

/** GET /api/reviews/assignments/:id. */
export const assignmentQueryOptions = (id: number) =>
  queryOptions({
    queryKey: reviewKeys.assignment(id),
    queryFn: ({ signal }) => apiGet(`/reviews/assignments/${id}`, AssignmentDetailSchema, { signal }),
    staleTime: 0,
  });
export const useAssignment = (id: number) => useSuspenseQuery(assignmentQueryOptions(id));

/** POST /api/reviews/assignments/:id/review. */
export function useSubmitReview(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SubmitReviewBody): Promise<AssignmentDetail> =>
      apiSend('POST', `/reviews/assignments/${id}/review`, { body, schema: AssignmentDetailSchema }),
    onSuccess: (detail) => {
      queryClient.setQueryData(reviewKeys.assignment(id), detail);
      void queryClient.invalidateQueries({ queryKey: reviewKeys.mine() });
    },
  });
}

/** POST /api/reviews/assignments/:id/decline. */
export function useDeclineAssignment(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      apiSend('POST', `/reviews/assignments/${id}/decline`, { body: { reason }, schema: AssignmentSchema }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reviewKeys.all }),
  });
}
