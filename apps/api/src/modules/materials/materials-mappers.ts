// Stored materials as the API answers them.
import type { Material, MaterialFormat, StaffMaterial } from '@registry/contracts/materials';
import type { MaterialRow } from './materials.repository';

export const downloadUrl = (id: number) => `/api/materials/${id}/file`;

export const toMaterial = (row: MaterialRow): Material => ({
  id: row.id,
  title: row.title,
  kind: row.kind,
  fileName: row.fileName,
  format: row.format as MaterialFormat,
  mediaType: row.mediaType,
  sizeBytes: row.sizeBytes,
  url: downloadUrl(row.id),
});

export const toStaffMaterial = (
  row: MaterialRow & { versions: { version: { number: number } }[] },
): StaffMaterial => ({
  ...toMaterial(row),
  createdAt: row.createdAt.toISOString(),
  removedAt: row.removedAt?.toISOString() ?? null,
  versionNumbers: row.versions.map((v) => v.version.number),
});
