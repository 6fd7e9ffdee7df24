import { type ManagedPractice, ManagedPracticeSchema } from '@registry/contracts/submissions';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { submissionKeys } from './submission-keys';

/** PUT /api/submissions/:id/slug: a new page address (409 when taken or the revision is stale). */
export function changeSlug(id: number, body: { revision: number; slug: string }): Promise<ManagedPractice> {
  return apiSend('PUT', `/submissions/${id}/slug`, { body, schema: ManagedPracticeSchema });
}

export function useChangeSlug(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { revision: number; slug: string }) => changeSlug(id, body),
    onSuccess: (practice) => {
      queryClient.setQueryData(submissionKeys.detail(id), practice);
      void queryClient.invalidateQueries({ queryKey: submissionKeys.detail(id) });
    },
  });
}
