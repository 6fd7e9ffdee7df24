/** Where a signed-in user goes when the login page was not asked to return anywhere. */
export const DEFAULT_AFTER_LOGIN = '/account';

/**
 * The `?next=` of the login page, if it is a path on this site; anything else (an absolute URL,
 * a protocol-relative "//host", a backslash that browsers read as a slash) becomes the account
 * page, so the login page can never be used to send someone elsewhere.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next?.startsWith('/')) return DEFAULT_AFTER_LOGIN;
  if (next.startsWith('//') || next.startsWith('/\\')) return DEFAULT_AFTER_LOGIN;
  // Control characters are dropped by URL parsers and could turn "/\t/host" into "//host".
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting them is the point
  if (/[\u0000-\u001f\u007f]/.test(next)) return DEFAULT_AFTER_LOGIN;
  return next;
}
