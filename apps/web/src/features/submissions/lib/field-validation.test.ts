import { describe, expect, it } from 'vitest';
import { validateField } from './field-validation';

describe('passport links in the editor', () => {
  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org'])(
    'refuses %s with the shared rule, in Russian, naming the row',
    (url) => {
      expect(validateField('links', [{ title: 'Сайт', url }])).toBe(
        '№1: Ссылка должна начинаться с http://, https:// или mailto:',
      );
    },
  );

  it.each(['https://example.org', 'http://example.org', 'mailto:info@example.org'])('accepts %s', (url) => {
    expect(validateField('links', [{ title: 'Сайт', url }])).toBeNull();
  });
});
