/**
 * Root of every query key whose data only a signed-in user may see (security log, drafts…).
 * Signing in or out removes them all at once, so one user's data never shows to the next.
 */
export const STAFF_QUERY_ROOT = 'staff';
