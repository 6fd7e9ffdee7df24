import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend, setCsrfToken } from '../../../lib/api-client';
import { STAFF_QUERY_ROOT } from '../../../lib/staff-keys';
import { authKeys } from './auth-keys';

/** POST /api/auth/logout (204): revokes the session on the server and clears the cookie. */
export async function logout(): Promise<void> {
  await apiSend('POST', '/auth/logout');
  setCsrfToken(null);
}

/**
 * Signs out; on success nobody is signed in and every staff query is gone from the cache.
 * `leave` (typically a navigation away from the staff page) runs first, so the page the user is
 * on never re-renders without its session or data.
 */
export function useLogout(leave?: () => Promise<void> | void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: async () => {
      await leave?.();
      queryClient.removeQueries({ queryKey: [STAFF_QUERY_ROOT] });
      queryClient.setQueryData(authKeys.me(), null);
    },
    // If the request failed, ask the API who is signed in rather than guess.
    onError: () => queryClient.invalidateQueries({ queryKey: authKeys.me() }),
  });
}
