/** A theme's own page; the list of themes is reference data (lib/reference-queries.ts). */
export const themeKeys = {
  all: ['themes'] as const,
  detail: (code: string) => [...themeKeys.all, 'detail', code] as const,
};
