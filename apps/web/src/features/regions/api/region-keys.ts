/** A region's own page; the list of regions is reference data (lib/reference-queries.ts). */
export const regionKeys = {
  all: ['regions'] as const,
  details: () => [...regionKeys.all, 'detail'] as const,
  detail: (code: string) => [...regionKeys.details(), code] as const,
};
