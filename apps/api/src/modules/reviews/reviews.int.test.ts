import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReviewWorld, reviewBody, reviewWorld } from './reviews.test-support';

describe('expert review: assign, review independently, decide', () => {
  let w: ReviewWorld;
  let practiceId: number;
  const slug = 'reviewed-practice';
  beforeAll(async () => {
    w = await reviewWorld();
    practiceId = (await w.submittedPractice(slug)).id;
  });
  afterAll(() => w.t.close());

  const assignmentOf = async (expert: keyof ReviewWorld['people']) => {
    const mine = await w.call(w.people[expert], 'GET', '/api/reviews/assignments/mine');
    return mine.json().items.find((a: { practiceId: number }) => a.practiceId === practiceId);
  };

  it('refuses conflicts of interest, saying why', async () => {
    const declared = await w.call(w.people.expertC, 'POST', '/api/reviews/conflicts/mine', {
      organisationName: '  гау "центр  помощи СЕМЬЕ" ',
    });
    expect(declared.statusCode, declared.body).toBe(201);
    const experts = await w.call(w.people.moderator, 'GET', `/api/reviews/experts?practiceId=${practiceId}`);
    const byId = new Map(experts.json().items.map((e: { id: number }) => [e.id, e]));
    expect(byId.get(w.people.expert72.id)).toMatchObject({
      refusal: expect.stringMatching(/региона практики/),
    });
    expect(byId.get(w.people.expertC.id)).toMatchObject({ refusal: expect.stringMatching(/конфликт/) });
    expect(byId.get(w.people.expertA.id)).toMatchObject({ refusal: null });

    for (const expert of [w.people.expert72, w.people.expertC]) {
      const refused = await w.call(
        w.people.moderator,
        'POST',
        `/api/reviews/practices/${practiceId}/assignments`,
        {
          expertIds: [w.people.expertA.id, expert.id],
          dueOn: w.tomorrow,
        },
      );
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({
        type: '/problems/conflict-of-interest',
        errors: [{ field: 'body.expertIds.1', message: expect.stringMatching(/конфликт интересов/) }],
      });
    }
    // Nothing was assigned by a refused request.
    expect(await w.t.db.prisma.reviewAssignment.count({ where: { practiceId } })).toBe(0);
  });

  it('assigns two experts: the practice goes into review, and only they can read it', async () => {
    expect((await w.call(w.people.expertA, 'GET', `/api/submissions/${practiceId}`)).statusCode).toBe(404);
    const past = await w.call(
      w.people.moderator,
      'POST',
      `/api/reviews/practices/${practiceId}/assignments`,
      {
        expertIds: [w.people.expertA.id],
        dueOn: '2020-01-01',
      },
    );
    expect(past.json().errors[0].field).toBe('body.dueOn');
    const assigned = await w.call(
      w.people.moderator,
      'POST',
      `/api/reviews/practices/${practiceId}/assignments`,
      {
        expertIds: [w.people.expertA.id, w.people.expertB.id],
        dueOn: w.tomorrow,
      },
    );
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(assigned.json()).toMatchObject({ practice: { status: 'in_review' }, round: 1, roundOpen: true });
    expect(assigned.json().assignments).toHaveLength(2);
    const history = await w.call(w.people.moderator, 'GET', `/api/submissions/${practiceId}/history`);
    expect(history.json().items.at(-1)).toMatchObject({ action: 'accept_for_review', toStatus: 'in_review' });

    const asExpert = await w.call(w.people.expertA, 'GET', `/api/submissions/${practiceId}`);
    expect(asExpert.statusCode).toBe(200);
    expect(asExpert.json()).toMatchObject({ canEdit: false, allowedActions: [] });
    expect((await w.call(w.people.expertD, 'GET', `/api/submissions/${practiceId}`)).statusCode).toBe(404);
    const again = await w.call(
      w.people.moderator,
      'POST',
      `/api/reviews/practices/${practiceId}/assignments`,
      {
        expertIds: [w.people.expertA.id],
        dueOn: w.tomorrow,
      },
    );
    expect(again.json().errors[0].message).toMatch(/уже назначен/);
  });

  it('keeps reviews independent until one’s own is sent', async () => {
    const a = await assignmentOf('expertA');
    const b = await assignmentOf('expertB');
    expect((await w.call(w.people.expertA, 'GET', `/api/reviews/assignments/${b.id}`)).statusCode).toBe(404);
    const before = await w.call(w.people.expertA, 'GET', `/api/reviews/assignments/${a.id}`);
    expect(before.json()).toMatchObject({ review: null, others: null });
    expect(before.json().criteria).toHaveLength(6);

    const partial = reviewBody(4);
    partial.scores.pop();
    const incomplete = await w.call(
      w.people.expertA,
      'POST',
      `/api/reviews/assignments/${a.id}/review`,
      partial,
    );
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().errors[0]).toMatchObject({
      field: 'body.scores.5',
      message: expect.stringMatching(/Инновационность/),
    });
    const outOfRange = await w.call(
      w.people.expertA,
      'POST',
      `/api/reviews/assignments/${a.id}/review`,
      reviewBody(6),
    );
    expect(outOfRange.json().errors[0].field).toMatch(/^body\.scores\.0\.score$/);

    const sentA = await w.call(
      w.people.expertA,
      'POST',
      `/api/reviews/assignments/${a.id}/review`,
      reviewBody(5),
    );
    expect(sentA.statusCode, sentA.body).toBe(200);
    expect(sentA.json()).toMatchObject({ review: { weightedScore: 5 }, others: [] });
    const twice = await w.call(
      w.people.expertA,
      'POST',
      `/api/reviews/assignments/${a.id}/review`,
      reviewBody(5),
    );
    expect(twice.statusCode).toBe(409);

    // B has not sent theirs: A's scores stay hidden from B.
    expect(
      (await w.call(w.people.expertB, 'GET', `/api/reviews/assignments/${b.id}`)).json().others,
    ).toBeNull();
    const sentB = await w.call(
      w.people.expertB,
      'POST',
      `/api/reviews/assignments/${b.id}/review`,
      reviewBody(4, { relevance: 2 }),
    );
    expect(sentB.json().others).toEqual([expect.objectContaining({ assignmentId: a.id, weightedScore: 5 })]);
  });

  it('shows the moderator the reviews side by side with the disagreement', async () => {
    const board = await w.call(w.people.moderator, 'GET', `/api/reviews/practices/${practiceId}`);
    expect(board.json().reviews).toHaveLength(2);
    expect(board.json().aggregate).toMatchObject({
      reviewCount: 2,
      weightedScore: 4.34,
      spread: 1.33,
      disagreements: [{ code: 'relevance', min: 2, max: 5 }],
    });
    expect(board.json().decisions).toEqual(['recommend', 'publish', 'return_for_revision', 'reject']);
  });

  it('recommends only through the decision, with a justification and an evidence level', async () => {
    const current = (await w.call(w.people.moderator, 'GET', `/api/submissions/${practiceId}`)).json();
    expect(current.allowedActions).not.toContain('recommend');
    const plain = await w.call(w.people.moderator, 'POST', `/api/submissions/${practiceId}/transitions`, {
      action: 'recommend',
      revision: current.revision,
      comment: 'Без экспертизы',
    });
    expect(plain.statusCode).toBe(409);
    const url = `/api/reviews/practices/${practiceId}/decision`;
    const bare = await w.call(w.people.moderator, 'POST', url, {
      decision: 'recommend',
      revision: current.revision,
    });
    expect(
      bare
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['body.evidenceLevel', 'body.justification']);
    const unknown = await w.call(w.people.moderator, 'POST', url, {
      decision: 'recommend',
      revision: current.revision,
      justification: 'Доказана эффективность',
      evidenceLevel: 'nope-level',
    });
    expect(unknown.json().errors[0].field).toBe('body.evidenceLevel');

    const decided = await w.call(w.people.moderator, 'POST', url, {
      decision: 'recommend',
      revision: current.revision,
      justification: 'Результаты подтверждены двумя экспертами, практика готова к тиражированию.',
      evidenceLevel: 'supported',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const practice = decided.json().practice;
    expect(practice).toMatchObject({ status: 'recommended', evidenceLevel: 'supported' });
    const months =
      (Date.parse(practice.nextReviewDueAt) - Date.parse(practice.lastReviewedAt)) / (30.4 * 86_400_000);
    expect(Math.round(months)).toBe(24);

    const passport = await w.t.app.inject(`/api/practices/${slug}`);
    expect(passport.json().review).toMatchObject({
      recommendationText: expect.stringMatching(/двумя экспертами/),
      nextReviewDueAt: practice.nextReviewDueAt,
    });
    const catalogue = await w.t.app.inject('/api/practices?status=recommended&limit=100');
    expect(catalogue.json().items.map((c: { slug: string }) => c.slug)).toContain(slug);
  });

  it('asks for an early re-review when the coordinator changes the results, and starts round 2', async () => {
    const current = (await w.call(w.people.coordinator, 'GET', `/api/submissions/${practiceId}`)).json();
    const edited = await w.call(w.people.coordinator, 'PATCH', `/api/submissions/${practiceId}`, {
      revision: current.revision,
      passport: { resultsNarrative: 'Новые результаты за 2026 год.' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const overview = await w.call(w.people.moderator, 'GET', '/api/reviews/overview');
    expect(overview.json().dueForReReview).toEqual([
      expect.objectContaining({ practiceId, reReviewRequestedAt: expect.any(String) }),
    ]);
    // The decided round is over: the new one needs two experts of its own.
    const alone = await w.call(
      w.people.moderator,
      'POST',
      `/api/reviews/practices/${practiceId}/assignments`,
      {
        expertIds: [w.people.expertD.id],
        dueOn: w.tomorrow,
      },
    );
    expect(alone.statusCode, alone.body).toBe(400);
    expect(alone.json().errors).toEqual([
      { field: 'body.expertIds', message: expect.stringMatching(/не меньше 2 экспертов/) },
    ]);
    const again = await w.call(
      w.people.moderator,
      'POST',
      `/api/reviews/practices/${practiceId}/assignments`,
      {
        expertIds: [w.people.expertD.id, w.people.expertA.id],
        dueOn: w.tomorrow,
      },
    );
    expect(again.json()).toMatchObject({ round: 2, practice: { status: 'recommended' }, expertsInPlay: 2 });
  });

  it('lets an expert decline with a reason, once; overdue assignments are flagged', async () => {
    const d = await assignmentOf('expertD');
    await w.t.db.prisma.reviewAssignment.update({
      where: { id: d.id },
      data: { dueAt: new Date('2024-01-01') },
    });
    const overview = await w.call(w.people.moderator, 'GET', '/api/reviews/overview');
    expect(overview.json().assignments[0]).toMatchObject({ id: d.id, overdue: true });
    const empty = await w.call(w.people.expertD, 'POST', `/api/reviews/assignments/${d.id}/decline`, {
      reason: ' ',
    });
    expect(empty.json().errors[0].field).toBe('body.reason');
    const declined = await w.call(w.people.expertD, 'POST', `/api/reviews/assignments/${d.id}/decline`, {
      reason: 'Нет времени в этом месяце',
    });
    expect(declined.json()).toMatchObject({
      status: 'declined',
      declineReason: 'Нет времени в этом месяце',
      overdue: false,
    });
    const twice = await w.call(w.people.expertD, 'POST', `/api/reviews/assignments/${d.id}/decline`, {
      reason: 'Ещё раз',
    });
    expect(twice.statusCode).toBe(409);
    expect((await w.call(w.people.expertD, 'GET', `/api/submissions/${practiceId}`)).statusCode).toBe(404);
  });
});
