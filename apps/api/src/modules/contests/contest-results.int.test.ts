import type { NominationPage } from '@registry/contracts/contests';
import type { StaffNomination } from '@registry/contracts/contests-staff';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createPractice } from '../../../test/factories';
import { createUser, type SignedIn, signIn } from '../../../test/users';

const hour = 3600 * 1000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

describe('contest results: correctable after publication until published for good; award names', () => {
  let t: TestApp;
  let moderator: SignedIn;
  let coordinator: SignedIn;
  let expert: SignedIn;
  let expert72Id: number;
  let nominationId: number;
  let contestSlug: string;
  let entryIds: Record<string, number>;

  type Method = 'GET' | 'POST' | 'PUT';
  const call = (who: SignedIn | null, method: Method, url: string, payload?: object) =>
    t.app.inject({ method, url, headers: who?.headers ?? {}, ...(payload ? { payload } : {}) });
  const staff = async () =>
    (await call(moderator, 'GET', `/api/staff/nominations/${nominationId}`)).json<StaffNomination>();
  const award = (entry: string, body: object, who = moderator) =>
    call(who, 'PUT', `/api/staff/entries/${entryIds[entry]}/award`, body);
  const publicAwards = async () =>
    Object.fromEntries(
      (await t.app.inject(`/api/contests/${contestSlug}/nominations/laureaty`))
        .json<NominationPage>()
        .entries.map((e) => [e.practice.slug, e.award]),
    );

  beforeAll(async () => {
    t = await createTestApp();
    moderator = await signIn(t.app, (await createUser(t.db, { role: 'moderator' })).email);
    const c72 = await createUser(t.db, { role: 'coordinator', regionCode: '72' });
    coordinator = await signIn(t.app, c72.email);
    expert = await signIn(t.app, (await createUser(t.db, { role: 'expert' })).email);
    const e72 = await createUser(t.db, { role: 'expert' });
    await t.db.prisma.user.update({ where: { id: e72.id }, data: { regionCode: '72' } });
    expert72Id = e72.id;
    await createPractice(t.db, { slug: 'r-tyumen', title: 'Тюменская практика', regionCode: '72' });
    await createPractice(t.db, { slug: 'r-ural', title: 'Уральская практика', regionCode: '66' });
    const contest = await call(moderator, 'POST', '/api/staff/contests', {
      title: 'Форум лауреатов',
      startsOn: '2026-11-06',
      endsOn: '2026-11-13',
      submissionOpensAt: iso(-hour),
      submissionClosesAt: iso(24 * hour),
      winnerLabel: 'Победитель',
      finalistLabel: 'Лауреат',
    });
    expect(contest.statusCode, contest.body).toBe(201);
    contestSlug = contest.json().slug;
    const nomination = await call(moderator, 'POST', `/api/staff/contests/${contest.json().id}/nominations`, {
      title: 'Лауреаты',
      slug: 'laureaty',
    });
    nominationId = nomination.json().id;
    const practices = await t.db.prisma.practice.findMany({ select: { id: true, slug: true } });
    for (const p of practices)
      await t.db.prisma.nominationEntry.create({ data: { nominationId, practiceId: p.id } });
    const entries = await t.db.prisma.nominationEntry.findMany({
      where: { nominationId },
      select: { id: true, practice: { select: { slug: true } } },
    });
    entryIds = Object.fromEntries(entries.map((e) => [e.practice.slug, e.id]));
  });
  afterAll(() => t.close());

  it('names the awards per contest: «Победитель» and «Призёр» by default, «Лауреат» when chosen', async () => {
    const page = await t.app.inject(`/api/contests/${contestSlug}`);
    expect(page.json().awardLabels).toEqual({ winner: 'Победитель', finalist: 'Лауреат' });
    const plain = await call(moderator, 'POST', '/api/staff/contests', {
      title: 'Обычный конкурс',
      startsOn: '2026-11-06',
      endsOn: '2026-11-13',
      submissionOpensAt: iso(-hour),
      submissionClosesAt: iso(hour),
    });
    expect(plain.json().awardLabels).toEqual({ winner: 'Победитель', finalist: 'Призёр' });
    const same = await call(moderator, 'PUT', `/api/staff/contests/${plain.json().id}`, {
      title: 'Обычный конкурс',
      startsOn: '2026-11-06',
      endsOn: '2026-11-13',
      submissionOpensAt: iso(-hour),
      submissionClosesAt: iso(hour),
      winnerLabel: 'Лауреат',
      finalistLabel: 'лауреат',
    });
    expect(same.statusCode).toBe(400);
    expect(same.json().errors).toEqual([
      { field: 'body.finalistLabel', message: 'Награды должны называться по-разному' },
    ]);
  });

  it('warns when an expert of an entry’s region is assigned to the nomination', async () => {
    const before = await staff();
    expect(before.availableExperts.find((e) => e.id === expert72Id)).toMatchObject({
      region: { code: '72' },
      ownRegionEntries: ['Тюменская практика'],
    });
    const assigned = await call(
      moderator,
      'PUT',
      `/api/staff/nominations/${nominationId}/experts/${expert72Id}`,
    );
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(assigned.json<StaffNomination>().experts).toEqual([
      expect.objectContaining({ id: expert72Id, ownRegionEntries: ['Тюменская практика'] }),
    ]);
  });

  it('publishes, lets a moderator correct an award with a reason (logged), then publishes for good', async () => {
    expect((await award('r-tyumen', { award: 'winner' })).statusCode).toBe(200);
    expect(
      (await call(moderator, 'POST', `/api/staff/nominations/${nominationId}/results/final`)).json().type,
    ).toBe('/problems/results-not-published');
    const published = await call(moderator, 'POST', `/api/staff/nominations/${nominationId}/results`);
    expect(published.json<StaffNomination>()).toMatchObject({ resultsFinalAt: null, can: { correct: true } });
    expect(await publicAwards()).toEqual({ 'r-tyumen': 'winner', 'r-ural': null });

    // «Без награды» was a mistake: the Ural practice is a laureate.
    const noReason = await award('r-ural', { award: 'finalist' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([
      { field: 'body.reason', message: expect.stringMatching(/причину/) },
    ]);
    for (const who of [coordinator, expert])
      expect((await award('r-ural', { award: 'finalist', reason: 'Ошибка при вводе' }, who)).statusCode).toBe(
        403,
      );
    const corrected = await award('r-ural', { award: 'finalist', reason: 'Ошибка при вводе: протокол жюри' });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(await publicAwards()).toEqual({ 'r-tyumen': 'winner', 'r-ural': 'finalist' });
    expect(corrected.json<StaffNomination>().history).toEqual([
      expect.objectContaining({ action: 'results_published', actorName: expect.any(String) }),
      expect.objectContaining({
        action: 'award_corrected',
        practiceTitle: 'Уральская практика',
        fromAward: null,
        toAward: 'finalist',
        comment: 'Ошибка при вводе: протокол жюри',
      }),
    ]);
    const asCoordinator = await call(coordinator, 'GET', `/api/staff/nominations/${nominationId}`);
    expect(asCoordinator.json().history).toEqual([]);

    for (const who of [coordinator, expert, null])
      expect(
        (await call(who, 'POST', `/api/staff/nominations/${nominationId}/results/final`)).statusCode,
      ).not.toBe(200);
    const final = await call(moderator, 'POST', `/api/staff/nominations/${nominationId}/results/final`);
    expect(final.statusCode, final.body).toBe(200);
    expect(final.json<StaffNomination>()).toMatchObject({
      resultsFinalAt: expect.any(String),
      can: { correct: false },
    });
    expect(final.json<StaffNomination>().history.at(-1)).toMatchObject({ action: 'results_finalised' });

    const late = await award('r-ural', { award: null, reason: 'Передумали после окончательной публикации' });
    expect(late.statusCode).toBe(409);
    expect(late.json().type).toBe('/problems/results-final');
    expect(await publicAwards()).toEqual({ 'r-tyumen': 'winner', 'r-ural': 'finalist' });
    expect(
      (await call(moderator, 'POST', `/api/staff/nominations/${nominationId}/results/final`)).statusCode,
    ).toBe(409);
    const page = await t.app.inject(`/api/contests/${contestSlug}/nominations/laureaty`);
    expect(page.json().nomination.resultsFinalAt).toEqual(expect.any(String));
  });
});
