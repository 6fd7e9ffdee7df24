// The search glossary: GET /api/glossary (public), POST/PUT/DELETE for moderators and admins.
import {
  type GlossaryEntryBody,
  GlossaryEntrySchema,
  GlossaryListSchema,
} from '@registry/contracts/glossary';
import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../lib/api-client';

export const glossaryKeys = {
  all: ['glossary'] as const,
  list: () => [...glossaryKeys.all, 'list'] as const,
};

/** GET /api/glossary. */
export const glossaryQueryOptions = () =>
  queryOptions({
    queryKey: glossaryKeys.list(),
    queryFn: ({ signal }) => apiGet('/glossary', GlossaryListSchema, { signal }),
  });
export const useGlossary = () => useSuspenseQuery(glossaryQueryOptions());

/** POST /api/glossary, or PUT /api/glossary/:id when `id` is given. */
export function useSaveGlossaryEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number | null; body: GlossaryEntryBody }) =>
      id === null
        ? apiSend('POST', '/glossary', { body, schema: GlossaryEntrySchema })
        : apiSend('PUT', `/glossary/${id}`, { body, schema: GlossaryEntrySchema }),
    // The catalogue's answers depend on the glossary too.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/** DELETE /api/glossary/:id. */
export function useRemoveGlossaryEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiSend('DELETE', `/glossary/${id}`),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
