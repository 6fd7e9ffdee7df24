import type { UserRole } from '@registry/contracts/auth';
import { describe, expect, it } from 'vitest';
import { type AccountChange, canChangeAccount, canInvite } from './accounts.rules';

const admin = { id: 1, role: 'admin' as const };
const moderator = { id: 2, role: 'moderator' as const };
const expert = { id: 3, role: 'expert' as const };
const coordinator = { id: 4, role: 'coordinator' as const };

describe('canInvite', () => {
  it.each<[string, { id: number; role: UserRole }, UserRole, boolean]>([
    ['an admin invites an admin', admin, 'admin', true],
    ['an admin invites a moderator', admin, 'moderator', true],
    ['an admin invites a coordinator', admin, 'coordinator', true],
    ['a moderator invites an expert', moderator, 'expert', true],
    ['a moderator invites a coordinator', moderator, 'coordinator', true],
    ['a moderator cannot invite a moderator', moderator, 'moderator', false],
    ['a moderator cannot invite an admin', moderator, 'admin', false],
    ['an expert cannot invite anyone', expert, 'coordinator', false],
    ['a coordinator cannot invite anyone', coordinator, 'coordinator', false],
  ])('%s', (_name, actor, role, allowed) => {
    expect(canInvite(actor, role)).toBe(allowed);
  });
});

describe('canChangeAccount', () => {
  const target = (id: number, role: UserRole) => ({ id, role });
  it.each<
    [string, { id: number; role: UserRole }, { id: number; role: UserRole }, AccountChange, string | null]
  >([
    ['an admin disables a moderator', admin, target(10, 'moderator'), { status: 'disabled' }, null],
    ['an admin makes an expert a moderator', admin, target(10, 'expert'), { role: 'moderator' }, null],
    ['an admin moves a coordinator', admin, target(10, 'coordinator'), { regionCode: '66' }, null],
    ['an admin cannot disable themselves', admin, target(1, 'admin'), { status: 'disabled' }, 'self'],
    ['an admin cannot change their own role', admin, target(1, 'admin'), { role: 'expert' }, 'self'],
    ['an admin may re-send their own role unchanged', admin, target(1, 'admin'), { role: 'admin' }, null],
    ['a moderator disables an expert', moderator, target(10, 'expert'), { status: 'disabled' }, null],
    ['a moderator enables a coordinator', moderator, target(10, 'coordinator'), { status: 'active' }, null],
    [
      'a moderator cannot disable a moderator',
      moderator,
      target(10, 'moderator'),
      { status: 'disabled' },
      'out_of_reach',
    ],
    [
      'a moderator cannot disable an admin',
      moderator,
      target(10, 'admin'),
      { status: 'disabled' },
      'out_of_reach',
    ],
    [
      'a moderator cannot change a role',
      moderator,
      target(10, 'expert'),
      { role: 'coordinator' },
      'admin_only',
    ],
    [
      'a moderator cannot change a region',
      moderator,
      target(10, 'coordinator'),
      { regionCode: '66' },
      'admin_only',
    ],
    [
      'a moderator cannot disable themselves',
      moderator,
      target(2, 'moderator'),
      { status: 'disabled' },
      'self',
    ],
    ['an expert changes nothing', expert, target(10, 'coordinator'), { status: 'disabled' }, 'not_staff'],
    [
      'a coordinator changes nothing',
      coordinator,
      target(10, 'coordinator'),
      { status: 'disabled' },
      'not_staff',
    ],
  ])('%s', (_name, actor, who, change, refusal) => {
    expect(canChangeAccount(actor, who, change)).toBe(refusal);
  });
});
