import type { QueryClient } from '@tanstack/react-query';
import {
  evidenceLevelsQueryOptions,
  targetGroupsQueryOptions,
  themesQueryOptions,
} from '../../../lib/reference-queries';
import { submissionQueryOptions } from '../api/get-submission';
import { submissionHistoryQueryOptions } from '../api/get-submission-history';

/** Everything a practice's staff pages show at once: the practice, its history, the choices. */
export async function prefetchSubmissionPage(queryClient: QueryClient, id: number): Promise<void> {
  await Promise.all([
    queryClient.fetchQuery(submissionQueryOptions(id)),
    queryClient.ensureQueryData(submissionHistoryQueryOptions(id)),
    queryClient.ensureQueryData(themesQueryOptions()),
    queryClient.ensureQueryData(targetGroupsQueryOptions()),
    queryClient.ensureQueryData(evidenceLevelsQueryOptions()),
  ]);
}
