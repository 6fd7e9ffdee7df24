// Accounts for tests: real argon2id hashes, signed in through the real login endpoint.
import { hash } from '@node-rs/argon2';
import type { UserRole } from '@registry/contracts/auth';
import type { Database } from '@registry/db/database';
import type { App } from '../src/app';

export const TEST_PASSWORD = 'correct horse battery staple';
let counter = 0;

// Test accounts carry a cheap argon2id hash of TEST_PASSWORD (1 MiB, 1 pass), made once per
// file: the production cost (19 MiB, 2 passes) would be paid again at every sign-in, hundreds
// of times a run. Passwords the app sets itself (invitations, resets, changes) keep that cost,
// and auth.int.test.ts checks it.
let testPasswordHash: Promise<string> | null = null;
const cheapHash = () => {
  testPasswordHash ??= hash(TEST_PASSWORD, { algorithm: 2, memoryCost: 1024, timeCost: 1, parallelism: 1 });
  return testPasswordHash;
};

export async function createUser(
  db: Database,
  options: {
    role: UserRole;
    regionCode?: string;
    status?: 'active' | 'disabled' | 'invited';
    email?: string;
    /** A hash made elsewhere (the app's own `hashPassword`) instead of the cheap test one. */
    passwordHash?: string;
  },
) {
  counter += 1;
  const email = options.email ?? `${options.role}-${process.pid}-${counter}@example.org`;
  return db.prisma.user.create({
    data: {
      email,
      name: `Тестовый ${options.role} ${counter}`,
      role: options.role,
      regionCode: options.role === 'coordinator' ? (options.regionCode ?? '72') : null,
      status: options.status ?? 'active',
      passwordHash: options.passwordHash ?? (await cheapHash()),
    },
    select: { id: true, email: true, role: true, regionCode: true },
  });
}

export interface SignedIn {
  cookie: string;
  csrfToken: string;
  /** Headers for a state-changing request of this user. */
  headers: Record<string, string>;
}

export async function signIn(app: App, email: string, password = TEST_PASSWORD): Promise<SignedIn> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const setCookie = response.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)?.split(';')[0] as string;
  const csrfToken = response.json().csrfToken as string;
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}
