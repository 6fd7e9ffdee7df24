import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Method, type ReviewWorld, reviewBody, reviewWorld } from './reviews.test-support';

describe('expert review: who may do what', () => {
  let w: ReviewWorld;
  let practiceId: number;
  let assignmentId: number;
  beforeAll(async () => {
    w = await reviewWorld();
    practiceId = (await w.submittedPractice('access-practice')).id;
    const board = await w.call(
      w.people.moderator,
      'POST',
      `/api/reviews/practices/${practiceId}/assignments`,
      {
        expertIds: [w.people.expertA.id, w.people.expertB.id],
        dueOn: w.tomorrow,
      },
    );
    assignmentId = board
      .json()
      .assignments.find((a: { expertId: number }) => a.expertId === w.people.expertA.id).id;
  });
  afterAll(() => w.t.close());

  const moderatorOnly = (): [Method, string, object?][] => [
    ['GET', '/api/reviews/overview'],
    ['GET', `/api/reviews/practices/${practiceId}`],
    [
      'POST',
      `/api/reviews/practices/${practiceId}/assignments`,
      { expertIds: [w.people.expertC.id], dueOn: w.tomorrow },
    ],
    ['POST', `/api/reviews/practices/${practiceId}/decision`, { decision: 'publish', revision: 1 }],
    ['GET', '/api/reviews/experts'],
    [
      'PUT',
      '/api/reviews/rubric',
      { criteria: [{ id: 1, nameRu: 'Актуальность', weight: 2, active: true }] },
    ],
  ];
  const expertOnly = (): [Method, string, object?][] => [
    ['GET', '/api/reviews/assignments/mine'],
    ['GET', `/api/reviews/assignments/${assignmentId}`],
    ['POST', `/api/reviews/assignments/${assignmentId}/review`, reviewBody(3)],
    ['POST', `/api/reviews/assignments/${assignmentId}/decline`, { reason: 'Нет времени' }],
    ['GET', '/api/reviews/conflicts/mine'],
    ['POST', '/api/reviews/conflicts/mine', { organisationName: 'Фонд' }],
  ];

  it('refuses anonymous visitors with 401 everywhere', async () => {
    for (const [method, url, body] of [
      ...moderatorOnly(),
      ...expertOnly(),
      ['GET', '/api/reviews/rubric'] as const,
    ]) {
      const response = await w.call(null, method, url, body);
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it('refuses coordinators with 403 everywhere, and experts on moderator endpoints', async () => {
    for (const [method, url, body] of [...moderatorOnly(), ...expertOnly()]) {
      const response = await w.call(w.people.coordinator, method, url, body);
      expect(response.statusCode, `coordinator ${method} ${url}`).toBe(403);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
    }
    for (const [method, url, body] of moderatorOnly()) {
      expect((await w.call(w.people.expertA, method, url, body)).statusCode, `expert ${method} ${url}`).toBe(
        403,
      );
    }
    for (const [method, url, body] of expertOnly()) {
      expect(
        (await w.call(w.people.moderator, method, url, body)).statusCode,
        `moderator ${method} ${url}`,
      ).toBe(403);
    }
  });

  it('hides other experts’ assignments and unassigned practices behind 404', async () => {
    const other = w.people.expertC;
    expect((await w.call(other, 'GET', `/api/reviews/assignments/${assignmentId}`)).statusCode).toBe(404);
    expect(
      (await w.call(other, 'POST', `/api/reviews/assignments/${assignmentId}/review`, reviewBody(3)))
        .statusCode,
    ).toBe(404);
    expect(
      (await w.call(other, 'POST', `/api/reviews/assignments/${assignmentId}/decline`, { reason: 'x' }))
        .statusCode,
    ).toBe(404);
    expect((await w.call(other, 'GET', `/api/submissions/${practiceId}`)).statusCode).toBe(404);
    expect((await w.call(other, 'GET', `/api/submissions/${practiceId}/history`)).statusCode).toBe(404);
    expect((await w.call(other, 'GET', '/api/submissions')).statusCode).toBe(403);
    // The assigned expert reads it, but edits and moves nothing.
    const own = w.people.expertA;
    const patch = await w.call(own, 'PATCH', `/api/submissions/${practiceId}`, {
      revision: 2,
      passport: { title: 'Взлом' },
    });
    expect(patch.statusCode).toBe(409);
    const move = await w.call(own, 'POST', `/api/submissions/${practiceId}/transitions`, {
      action: 'publish',
      revision: 2,
    });
    expect(move.statusCode).toBe(403);
  });

  it('answers 404 for unknown practices and assignments, 400 naming the field for bad input', async () => {
    expect((await w.call(w.people.moderator, 'GET', '/api/reviews/practices/999999')).statusCode).toBe(404);
    expect((await w.call(w.people.expertA, 'GET', '/api/reviews/assignments/999999')).statusCode).toBe(404);
    const cases: [Method, string, object, string][] = [
      [
        'POST',
        `/api/reviews/practices/${practiceId}/assignments`,
        { expertIds: [], dueOn: w.tomorrow },
        'body.expertIds',
      ],
      [
        'POST',
        `/api/reviews/practices/${practiceId}/assignments`,
        { expertIds: [1], dueOn: 'завтра' },
        'body.dueOn',
      ],
      [
        'POST',
        `/api/reviews/practices/${practiceId}/decision`,
        { decision: 'bless', revision: 1 },
        'body.decision',
      ],
      [
        'PUT',
        '/api/reviews/rubric',
        { criteria: [{ id: 1, nameRu: 'А', weight: 0, active: true }] },
        'body.criteria.0.weight',
      ],
      [
        'PUT',
        '/api/reviews/rubric',
        { criteria: [{ id: 99999, nameRu: 'А', weight: 1, active: true }] },
        'body.criteria.0.id',
      ],
    ];
    for (const [method, url, body, field] of cases) {
      const response = await w.call(w.people.moderator, method, url, body);
      expect(response.statusCode, `${url} ${JSON.stringify(body)}`).toBe(400);
      expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const unknownExpert = await w.call(
      w.people.moderator,
      'POST',
      `/api/reviews/practices/${practiceId}/assignments`,
      {
        expertIds: [w.people.coordinator.id],
        dueOn: w.tomorrow,
      },
    );
    expect(unknownExpert.statusCode).toBe(409);
    const noConflict = await w.call(w.people.expertA, 'POST', '/api/reviews/conflicts/mine', {
      organisationName: '',
    });
    expect(noConflict.json().errors[0].field).toBe('body.organisationName');
  });

  it('refuses an illegal decision with 409, and a rubric edit leaves sent reviews as they were', async () => {
    const draft = await w.call(w.people.coordinator, 'POST', '/api/submissions', {
      passport: { title: 'Черновик' },
    });
    const onDraft = await w.call(
      w.people.moderator,
      'POST',
      `/api/reviews/practices/${draft.json().id}/assignments`,
      {
        expertIds: [w.people.expertC.id],
        dueOn: w.tomorrow,
      },
    );
    expect(onDraft.statusCode).toBe(409);
    const reject = await w.call(
      w.people.moderator,
      'POST',
      `/api/reviews/practices/${draft.json().id}/decision`,
      {
        decision: 'reject',
        revision: 1,
        justification: 'Не по теме реестра',
      },
    );
    expect(reject.statusCode).toBe(409);

    const sent = await w.call(
      w.people.expertA,
      'POST',
      `/api/reviews/assignments/${assignmentId}/review`,
      reviewBody(3),
    );
    expect(sent.statusCode, sent.body).toBe(200);
    const rubric = (await w.call(w.people.moderator, 'GET', '/api/reviews/rubric')).json();
    const edited = await w.call(w.people.moderator, 'PUT', '/api/reviews/rubric', {
      criteria: rubric.criteria.map((c: { id: number; code: string; nameRu: string }) => ({
        ...c,
        nameRu: c.code === 'relevance' ? 'Актуальность (новая)' : c.nameRu,
        weight: c.code === 'relevance' ? 3 : 1,
        active: c.code !== 'innovation',
      })),
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().criteria[0]).toMatchObject({ nameRu: 'Актуальность (новая)', weight: 3 });
    const kept = await w.call(w.people.expertA, 'GET', `/api/reviews/assignments/${assignmentId}`);
    expect(kept.json().review.scores[0]).toMatchObject({ name: 'Актуальность для региона', weight: 1 });
    expect(kept.json().criteria).toHaveLength(6);
    // The next review is scored on today's rubric: five criteria, the new weight.
    const b = (await w.call(w.people.expertB, 'GET', '/api/reviews/assignments/mine')).json().items[0];
    const fresh = await w.call(w.people.expertB, 'GET', `/api/reviews/assignments/${b.id}`);
    expect(fresh.json().criteria.map((c: { weight: number }) => c.weight)).toEqual([3, 1, 1, 1, 1]);
  });
});
