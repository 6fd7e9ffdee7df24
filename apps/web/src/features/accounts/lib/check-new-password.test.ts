import { describe, expect, it } from 'vitest';
import { checkNewPassword } from './check-new-password';

describe('checkNewPassword', () => {
  it('accepts a long enough password repeated exactly', () => {
    expect(checkNewPassword('correct horse battery', 'correct horse battery')).toEqual({});
  });

  it('refuses a password shorter than 10 characters', () => {
    expect(checkNewPassword('short', 'short').password).toBe('Пароль — не короче 10 символов');
  });

  it('refuses a confirmation that differs or is missing', () => {
    expect(checkNewPassword('correct horse battery', 'correct horse')).toEqual({
      confirm: 'Пароли не совпадают',
    });
    expect(checkNewPassword('correct horse battery', '')).toEqual({ confirm: 'Повторите пароль' });
  });
});
