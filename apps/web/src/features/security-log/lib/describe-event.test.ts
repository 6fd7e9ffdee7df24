import { describe, expect, it } from 'vitest';
import { eventKindLabel, summariseDetail } from './describe-event';

describe('security event descriptions', () => {
  it('names known kinds in Russian and shows unknown ones as they are', () => {
    expect(eventKindLabel('login_failed')).toBe('Неудачная попытка входа');
    expect(eventKindLabel('password_reset')).toBe('password_reset');
  });

  it('puts the request first and explains the reason', () => {
    expect(
      summariseDetail({
        reason: 'role',
        role: 'coordinator',
        method: 'GET',
        url: '/api/admin/security-events',
      }),
    ).toBe('GET /api/admin/security-events; причина: роли не положен доступ; роль: Региональный координатор');
    expect(summariseDetail({ reason: 'wrong_password' })).toBe('причина: неверный пароль');
    expect(summariseDetail({})).toBe('');
  });

  it('reads an account change as before and after', () => {
    expect(
      summariseDetail({
        accountId: 4,
        from: { status: 'active', role: 'coordinator', regionCode: '72' },
        to: { status: 'disabled', role: 'coordinator', regionCode: null },
      }),
    ).toBe(
      'учётная запись №: 4; было: статус активна, роль Региональный координатор, регион 72; ' +
        'стало: статус отключена, роль Региональный координатор',
    );
    expect(summariseDetail({ linkIssued: false })).toBe('ссылка выдана: нет');
  });
});
