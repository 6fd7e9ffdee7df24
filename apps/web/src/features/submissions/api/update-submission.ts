import {
  type DraftPassport,
  type ManagedPractice,
  ManagedPracticeSchema,
} from '@registry/contracts/submissions';
import { apiSend } from '../../../lib/api-client';

/** PATCH /api/submissions/:id: saves the given fields on top of `revision` (409 if it is stale). */
export function updateSubmission(
  id: number,
  body: { revision: number; passport: DraftPassport },
): Promise<ManagedPractice> {
  return apiSend('PATCH', `/submissions/${id}`, { body, schema: ManagedPracticeSchema });
}
