import type { QueryClient } from '@tanstack/react-query';
import { submissionQueryOptions } from '../api/get-submission';
import { submissionHistoryQueryOptions } from '../api/get-submission-history';
import { formEvidenceLevelsQueryOptions } from '../api/list-form-evidence-levels';
import { formTargetGroupsQueryOptions } from '../api/list-form-target-groups';
import { formThemesQueryOptions } from '../api/list-form-themes';

/** Everything a practice's staff pages show at once: the practice, its history, the choices. */
export async function prefetchSubmissionPage(queryClient: QueryClient, id: number): Promise<void> {
  await Promise.all([
    queryClient.fetchQuery(submissionQueryOptions(id)),
    queryClient.ensureQueryData(submissionHistoryQueryOptions(id)),
    queryClient.ensureQueryData(formThemesQueryOptions()),
    queryClient.ensureQueryData(formTargetGroupsQueryOptions()),
    queryClient.ensureQueryData(formEvidenceLevelsQueryOptions()),
  ]);
}
