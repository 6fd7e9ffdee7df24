import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next';

describe('safeNextPath', () => {
  it('keeps a path on this site, with its query', () => {
    expect(safeNextPath('/admin/security-log?kind=login_failed')).toBe(
      '/admin/security-log?kind=login_failed',
    );
  });

  it.each([
    ['a protocol-relative address', '//evil.example'],
    ['an absolute address', 'https://x'],
    ['a backslash browsers read as a slash', '/\\evil.example'],
    ['a tab that URL parsers drop', '/\t/evil.example'],
    ['a relative path', 'account'],
    ['a javascript: URL', 'javascript:alert(1)'],
  ])('sends %s to the account page instead', (_label, next) => {
    expect(safeNextPath(next)).toBe('/account');
  });

  it('defaults to the account page when there is no next', () => {
    expect(safeNextPath(null)).toBe('/account');
    expect(safeNextPath('')).toBe('/account');
  });
});
