import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReviewWorld, reviewWorld } from './reviews.test-support';

describe('at least two experts per review round', () => {
  let w: ReviewWorld;
  let practiceId: number;
  beforeAll(async () => {
    w = await reviewWorld();
    practiceId = (await w.submittedPractice('panel-practice')).id;
  });
  afterAll(() => w.t.close());

  const assign = (expertIds: number[]) =>
    w.call(w.people.moderator, 'POST', `/api/reviews/practices/${practiceId}/assignments`, {
      expertIds,
      dueOn: w.tomorrow,
    });
  const assignments = () => w.t.db.prisma.reviewAssignment.count({ where: { practiceId } });

  it('refuses a single expert for a new review, naming the field, and writes nothing', async () => {
    const alone = await assign([w.people.expertA.id]);
    expect(alone.statusCode, alone.body).toBe(400);
    expect(alone.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(alone.json()).toMatchObject({
      type: '/problems/too-few-experts',
      errors: [
        {
          field: 'body.expertIds',
          message: 'Выберите не меньше 2 экспертов: экспертизу проводят минимум двое',
        },
      ],
    });
    expect(await assignments()).toBe(0);
    const board = await w.call(w.people.moderator, 'GET', `/api/reviews/practices/${practiceId}`);
    expect(board.json()).toMatchObject({ practice: { status: 'submitted' }, expertsInPlay: 0 });
  });

  it('does not count the same expert twice', async () => {
    const twice = await assign([w.people.expertA.id, w.people.expertA.id]);
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors[0]).toMatchObject({
      field: 'body.expertIds',
      message: 'Каждого эксперта можно выбрать только один раз',
    });
    expect(await assignments()).toBe(0);
  });

  it('takes two, and after one declines asks for one replacement, not two', async () => {
    const two = await assign([w.people.expertA.id, w.people.expertB.id]);
    expect(two.statusCode, two.body).toBe(200);
    expect(two.json()).toMatchObject({ expertsInPlay: 2 });
    const mine = await w.call(w.people.expertB, 'GET', '/api/reviews/assignments/mine');
    const b = mine.json().items.find((a: { practiceId: number }) => a.practiceId === practiceId);
    const declined = await w.call(w.people.expertB, 'POST', `/api/reviews/assignments/${b.id}/decline`, {
      reason: 'Уезжаю в командировку',
    });
    expect(declined.statusCode, declined.body).toBe(200);
    const board = await w.call(w.people.moderator, 'GET', `/api/reviews/practices/${practiceId}`);
    expect(board.json()).toMatchObject({ expertsInPlay: 1, roundOpen: true });
    const replacement = await assign([w.people.expertC.id]);
    expect(replacement.statusCode, replacement.body).toBe(200);
    expect(replacement.json()).toMatchObject({ round: 1, expertsInPlay: 2 });
  });
});
