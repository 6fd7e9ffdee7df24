import {
  type StaffMaterial,
  StaffMaterialSchema,
  type StaffMaterials,
  StaffMaterialsSchema,
} from '@registry/contracts/materials';
import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet, apiSend, apiUpload } from '../../../lib/api-client';
import { materialKeys } from './material-keys';

/** GET /api/submissions/:id/materials: the editor's list, removed files kept by versions included. */
export function getSubmissionMaterials(id: number, signal?: AbortSignal): Promise<StaffMaterials> {
  return apiGet(`/submissions/${id}/materials`, StaffMaterialsSchema, { signal });
}

export function submissionMaterialsQueryOptions(id: number) {
  return queryOptions({
    queryKey: materialKeys.submission(id),
    queryFn: ({ signal }) => getSubmissionMaterials(id, signal),
  });
}

export const useSubmissionMaterials = (id: number) => useSuspenseQuery(submissionMaterialsQueryOptions(id));

/** POST /api/submissions/:id/materials (multipart): title, kind, then the file. */
export function useUploadMaterial(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { title: string; kind: string; file: File }): Promise<StaffMaterial> => {
      const form = new FormData();
      form.append('title', body.title);
      form.append('kind', body.kind);
      form.append('file', body.file, body.file.name);
      return apiUpload(`/submissions/${id}/materials`, form, StaffMaterialSchema);
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: materialKeys.submission(id) }),
        queryClient.invalidateQueries({ queryKey: materialKeys.all }),
      ]),
  });
}

/** DELETE /api/submissions/:id/materials/:materialId. */
export function useRemoveMaterial(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (materialId: number) => apiSend('DELETE', `/submissions/${id}/materials/${materialId}`),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: materialKeys.submission(id) }),
        queryClient.invalidateQueries({ queryKey: materialKeys.all }),
      ]),
  });
}
