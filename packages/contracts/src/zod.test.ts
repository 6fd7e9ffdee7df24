import { describe, expect, it } from 'vitest';
import { ContestBodySchema } from './contests-staff';
import { ListPracticesQuerySchema } from './practices';

describe('contracts speak Russian', () => {
  it("gives zod's built-in messages in Russian to anyone who loads a contract", () => {
    const result = ContestBodySchema.safeParse({ title: 1, startsOn: 'x', endsOn: '2027-01-01' });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages.length).toBeGreaterThan(3);
    for (const message of messages) {
      expect(message).toMatch(/[а-яё]/i);
      expect(message).not.toMatch(/Invalid|expected/);
    }
  });

  it('names the allowed options of an enum in Russian', () => {
    const result = ListPracticesQuerySchema.safeParse({ sort: 'bogus' });
    expect(result.error?.issues[0]?.message).toMatch(/^Неверный вариант/);
  });
});
