// Shared set-up of the review integration tests: staff accounts, a submitted practice, and a
// complete review body for the seeded rubric.
import type { UserRole } from '@registry/contracts/auth';
import type { ManagedPractice } from '@registry/contracts/submissions';
import { expect } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { passport } from '../../../test/factories';
import { createUser, type SignedIn, signIn } from '../../../test/users';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export const CRITERIA = [
  'relevance',
  'effectiveness',
  'evidence',
  'replicability',
  'resource_efficiency',
  'innovation',
];

/** A review giving `score` on every criterion (or per-code overrides). */
export const reviewBody = (
  score: number,
  overrides: Record<string, number> = {},
  recommendation = 'recommend',
) => ({
  scores: CRITERIA.map((code) => ({ code, score: overrides[code] ?? score, comment: `Оценка ${code}` })),
  recommendation,
  proposedEvidenceLevel: 'supported',
  comment: 'Общий вывод эксперта',
});

export async function reviewWorld() {
  const t: TestApp = await createTestApp();
  const account = async (role: UserRole, regionCode?: string) => {
    const user = await createUser(t.db, { role, regionCode });
    if (role === 'expert' && regionCode)
      await t.db.prisma.user.update({ where: { id: user.id }, data: { regionCode } });
    return { id: user.id, session: await signIn(t.app, user.email) };
  };
  const people = {
    coordinator: await account('coordinator', '72'),
    moderator: await account('moderator'),
    admin: await account('admin'),
    expertA: await account('expert'),
    expertB: await account('expert', '66'),
    expert72: await account('expert', '72'),
    expertC: await account('expert'),
    expertD: await account('expert'),
  };
  const call = (who: { session: SignedIn } | null, method: Method, url: string, payload?: object) =>
    t.app.inject({ method, url, headers: who?.session.headers ?? {}, ...(payload ? { payload } : {}) });

  /** A complete practice of region 72, submitted by its coordinator. */
  const submittedPractice = async (slug: string): Promise<ManagedPractice> => {
    const { regionCode: _r, ...complete } = passport({
      slug,
      organisation: { name: 'ГАУ «Центр помощи семье»', type: 'state' },
    });
    const created = await call(people.coordinator, 'POST', '/api/submissions', { passport: complete });
    expect(created.statusCode, created.body).toBe(201);
    const submitted = await call(
      people.coordinator,
      'POST',
      `/api/submissions/${created.json().id}/transitions`,
      {
        action: 'submit',
        revision: 1,
      },
    );
    expect(submitted.statusCode, submitted.body).toBe(200);
    return submitted.json<ManagedPractice>();
  };

  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  return { t, people, call, submittedPractice, tomorrow };
}

export type ReviewWorld = Awaited<ReturnType<typeof reviewWorld>>;
