/** Every themes query key comes from here, so invalidating `themeKeys.all` reaches them all. */
export const themeKeys = {
  all: ['themes'] as const,
  list: () => [...themeKeys.all, 'list'] as const,
  detail: (code: string) => [...themeKeys.all, 'detail', code] as const,
};
