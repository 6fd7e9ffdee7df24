import { describe, expect, it } from 'vitest';
import { describeWho, eventKindLabel, summariseDetail } from './describe-event';

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

  it('says statuses in Russian, not as internal words', () => {
    expect(summariseDetail({ reason: 'status_disabled' })).toBe('причина: учётная запись отключена');
    expect(summariseDetail({ reason: 'account_disabled' })).toBe('причина: учётная запись отключена');
    expect(summariseDetail({ reason: 'status_disabled' })).not.toMatch(/disabled/);
  });

  it('names people instead of account numbers', () => {
    const person = { id: 4, name: 'Мария Иванова', email: 'ivanova@region.ru' };
    expect(summariseDetail({ invitedUserId: 4, role: 'expert' }, person)).toBe(
      'учётная запись: Мария Иванова (ivanova@region.ru); роль: Эксперт',
    );
    expect(describeWho({ userId: 4, user: person, email: null })).toBe('Мария Иванова (ivanova@region.ru)');
    expect(describeWho({ userId: 4, user: person, email: 'new@region.ru' })).toBe(
      'Мария Иванова (ivanova@region.ru) → new@region.ru',
    );
    expect(describeWho({ userId: null, user: null, email: 'guess@region.ru' })).toBe('guess@region.ru');
    expect(describeWho({ userId: 9, user: null, email: null })).not.toMatch(/№/);
  });
});
