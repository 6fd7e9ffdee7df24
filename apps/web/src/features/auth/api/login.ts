import { type LoginBody, type SessionInfo, SessionInfoSchema } from '@registry/contracts/auth';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend, setCsrfToken } from '../../../lib/api-client';
import { STAFF_QUERY_ROOT } from '../../../lib/staff-keys';
import { authKeys } from './auth-keys';
import { setSessionExpected } from './get-me';

/** POST /api/auth/login: sets the session cookie; 400 (fields), 401 (credentials) or 429 throw ApiError. */
export async function login(body: LoginBody): Promise<SessionInfo> {
  const info = await apiSend('POST', '/auth/login', { body, schema: SessionInfoSchema });
  setCsrfToken(info.csrfToken);
  setSessionExpected(true);
  return info;
}

/** Signs in; on success the session becomes the `me` data and any earlier user's data is dropped. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (info) => {
      queryClient.removeQueries({ queryKey: [STAFF_QUERY_ROOT] });
      queryClient.setQueryData(authKeys.me(), info);
    },
  });
}
