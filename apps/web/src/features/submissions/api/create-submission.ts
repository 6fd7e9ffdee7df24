import {
  type DraftPassport,
  type ManagedPractice,
  ManagedPracticeSchema,
} from '@registry/contracts/submissions';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { submissionKeys } from './submission-keys';
import { updateSubmission } from './update-submission';

/**
 * Fields whose empty value is already a valid answer ("no indicators", "no support offered"):
 * a new draft starts with them, so they never show up as missing just because nobody touched them.
 */
const emptyAnswers: DraftPassport = {
  resultsNarrative: '',
  resources: { staff: '', budget: '', duration: '' },
  partners: '',
  support: { methodicalMaterials: false, training: false, internship: false },
  contacts: [],
  links: [],
};

/**
 * POST /api/submissions: a new draft (moderators and admins name its region). The empty indicator
 * list follows as a PATCH: the API cannot create relation lists in the POST yet (it answers 500
 * for `indicators`, `themeCodes` or `targetGroupCodes` there).
 */
export async function createSubmission(regionCode?: string): Promise<ManagedPractice> {
  const created = await apiSend('POST', '/submissions', {
    body: { regionCode, passport: emptyAnswers },
    schema: ManagedPracticeSchema,
  });
  return updateSubmission(created.id, { revision: created.revision, passport: { indicators: [] } });
}

export function useCreateSubmission() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSubmission,
    onSuccess: (practice) => {
      queryClient.setQueryData(submissionKeys.detail(practice.id), practice);
      void queryClient.invalidateQueries({ queryKey: [...submissionKeys.all, 'list'] });
    },
  });
}
