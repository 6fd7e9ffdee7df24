// The moderator's review board of a practice: experts to choose from, assigning, deciding.
import { ExpertListSchema } from '@registry/contracts/review-setup';
import {
  type AssignExpertsBody,
  type DecisionBody,
  type ReviewBoard,
  ReviewBoardSchema,
  ReviewOverviewSchema,
} from '@registry/contracts/reviews';
import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../lib/api-client';
import { reviewKeys, submissionsRoot } from './review-keys';

/** GET /api/reviews/practices/:id. */
export const boardQueryOptions = (practiceId: number) =>
  queryOptions({
    queryKey: reviewKeys.board(practiceId),
    queryFn: ({ signal }) => apiGet(`/reviews/practices/${practiceId}`, ReviewBoardSchema, { signal }),
    staleTime: 0,
  });
export const useReviewBoard = (practiceId: number) => useSuspenseQuery(boardQueryOptions(practiceId));

/** GET /api/reviews/experts?practiceId=: experts with why each may not review this practice. */
export const expertsQueryOptions = (practiceId: number) =>
  queryOptions({
    queryKey: reviewKeys.experts(practiceId),
    queryFn: ({ signal }) => apiGet('/reviews/experts', ExpertListSchema, { query: { practiceId }, signal }),
    staleTime: 0,
  });
export const useExperts = (practiceId: number) => useSuspenseQuery(expertsQueryOptions(practiceId));

/** GET /api/reviews/overview. */
export const overviewQueryOptions = () =>
  queryOptions({
    queryKey: reviewKeys.overview(),
    queryFn: ({ signal }) => apiGet('/reviews/overview', ReviewOverviewSchema, { signal }),
    staleTime: 0,
  });
export const useReviewOverview = () => useSuspenseQuery(overviewQueryOptions());

function useBoardMutation<B>(practiceId: number, path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: B): Promise<ReviewBoard> =>
      apiSend('POST', `/reviews/practices/${practiceId}/${path}`, { body, schema: ReviewBoardSchema }),
    onSuccess: (board) => {
      queryClient.setQueryData(reviewKeys.board(practiceId), board);
      void queryClient.invalidateQueries({ queryKey: reviewKeys.all });
      void queryClient.invalidateQueries({ queryKey: submissionsRoot });
    },
  });
}

/** POST /api/reviews/practices/:id/assignments. */
export const useAssignExperts = (practiceId: number) =>
  useBoardMutation<AssignExpertsBody>(practiceId, 'assignments');

/** POST /api/reviews/practices/:id/decision. */
export const useDecide = (practiceId: number) => useBoardMutation<DecisionBody>(practiceId, 'decision');
