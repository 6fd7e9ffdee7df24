import { type Adoption, type AdoptionFields, AdoptionSchema } from '@registry/contracts/adoptions';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { adoptionKeys } from './adoption-keys';

export type NewAdoption = AdoptionFields & { practiceSlug: string; regionCode?: string };

/** POST /api/adoptions: declare that a region adopts a practice. */
export const createAdoption = (body: NewAdoption): Promise<Adoption> =>
  apiSend('POST', '/adoptions', { body, schema: AdoptionSchema });

/** PATCH /api/adoptions/:id on top of `revision` (409 when it is stale). */
export const updateAdoption = (id: number, body: AdoptionFields & { revision: number }): Promise<Adoption> =>
  apiSend('PATCH', `/adoptions/${id}`, { body, schema: AdoptionSchema });

/** DELETE /api/adoptions/:id?revision=N: withdraw the declaration. */
export const deleteAdoption = (adoption: Adoption): Promise<undefined> =>
  apiSend('DELETE', `/adoptions/${adoption.id}?revision=${adoption.revision}`);

/** Public lists and the dashboard change with every write. */
function useRefresh() {
  const queryClient = useQueryClient();
  return (adoption: Adoption) => {
    void queryClient.invalidateQueries({ queryKey: adoptionKeys.all });
    void queryClient.invalidateQueries({ queryKey: adoptionKeys.staff });
    void queryClient.invalidateQueries({ queryKey: ['statistics'] });
    queryClient.setQueryData(adoptionKeys.detail(adoption.id), adoption);
  };
}

export function useSaveAdoption(existing: Adoption | null) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ practiceSlug: _slug, regionCode: _region, ...fields }: NewAdoption) =>
      existing
        ? updateAdoption(existing.id, { ...fields, revision: existing.revision })
        : createAdoption({ practiceSlug: _slug, ...(_region ? { regionCode: _region } : {}), ...fields }),
    onSuccess: refresh,
  });
}

export function useDeleteAdoption() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAdoption,
    onSuccess: (_result, adoption) => {
      queryClient.removeQueries({ queryKey: adoptionKeys.detail(adoption.id) });
      void queryClient.invalidateQueries({ queryKey: adoptionKeys.all });
      void queryClient.invalidateQueries({ queryKey: adoptionKeys.staff });
      void queryClient.invalidateQueries({ queryKey: ['statistics'] });
    },
  });
}
