import type { PracticeAction } from '@registry/contracts/practice-workflow';
import { type ManagedPractice, ManagedPracticeSchema } from '@registry/contracts/submissions';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { submissionKeys } from './submission-keys';

export interface TransitionInput {
  action: PracticeAction;
  revision: number;
  comment?: string;
  sectionComments?: { section: string; comment: string }[];
}

/** POST /api/submissions/:id/transitions: moves the practice along its life cycle. */
export function transitionSubmission(id: number, body: TransitionInput): Promise<ManagedPractice> {
  return apiSend('POST', `/submissions/${id}/transitions`, { body, schema: ManagedPracticeSchema });
}

/** After a move, the practice, its history and every list it appears in are out of date. */
export function useTransitionSubmission(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionInput) => transitionSubmission(id, body),
    onSuccess: (practice) => {
      queryClient.setQueryData(submissionKeys.detail(id), practice);
      void queryClient.invalidateQueries({ queryKey: submissionKeys.all });
    },
  });
}
