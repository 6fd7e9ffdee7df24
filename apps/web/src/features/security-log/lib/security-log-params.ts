/** The log's filters, as they live in the URL (`?kind=login_failed&email=a@b.ru`). */
export interface SecurityLogFilters {
  kind?: string;
  email?: string;
}

/** How many entries one page of the log shows (the API allows up to 500). */
export const SECURITY_LOG_LIMIT = 200;

/** Reads the filters from search params, dropping empty and oversized values. */
export function parseSecurityLogParams(params: URLSearchParams): SecurityLogFilters {
  const kind = params.get('kind')?.trim() ?? '';
  const email = params.get('email')?.trim().toLowerCase() ?? '';
  return {
    ...(kind && kind.length <= 64 ? { kind } : {}),
    ...(email && email.length <= 254 ? { email } : {}),
  };
}
