/** Every auth query key comes from here. */
export const authKeys = {
  all: ['auth'] as const,
  /** The current session (SessionInfo), or null when nobody is signed in. */
  me: () => [...authKeys.all, 'me'] as const,
};
