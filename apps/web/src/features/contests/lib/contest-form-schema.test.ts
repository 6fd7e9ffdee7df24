import { describe, expect, it } from 'vitest';
import { ContestFormSchema, NominationFormSchema, toLocalInput } from './contest-form-schema';

const values = {
  title: ' Форум практик ',
  slug: '',
  description: '',
  startsOn: '2026-12-01',
  endsOn: '2026-12-05',
  submissionOpensAt: '2026-11-01T10:00',
  submissionClosesAt: '2026-11-20T18:00',
  winnerLabel: 'Победитель',
  finalistLabel: 'Лауреат',
};

describe('the contest form', () => {
  it('sends the contract body: trimmed text, no address when left empty, instants from local input', () => {
    const body = ContestFormSchema.parse(values);
    expect(body.title).toBe('Форум практик');
    expect(body).not.toHaveProperty('slug');
    // Moscow time, whatever the browser's zone.
    expect(body.submissionOpensAt).toBe('2026-11-01T07:00:00.000Z');
    expect(toLocalInput(body.submissionOpensAt)).toBe('2026-11-01T10:00');
  });

  it("refuses what the API refuses, at the field, in the contract's words", () => {
    const result = ContestFormSchema.safeParse({
      ...values,
      endsOn: '2026-11-30',
      finalistLabel: 'победитель',
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['endsOn', 'Окончание раньше начала'],
      ['finalistLabel', 'Награды должны называться по-разному'],
    ]);
  });

  it('a nomination needs a title', () => {
    expect(NominationFormSchema.safeParse({ title: ' ', description: '' }).error?.issues[0]?.path).toEqual([
      'title',
    ]);
  });
});
