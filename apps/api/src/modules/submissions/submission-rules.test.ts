import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth';
import {
  canCreateIn,
  canEditPractice,
  canEditSlug,
  canViewPractice,
  checkTransition,
} from './submission-rules';

const coordinator72: Actor = { id: 1, role: 'coordinator', regionCode: '72' };
const coordinator66: Actor = { id: 2, role: 'coordinator', regionCode: '66' };
const expert: Actor = { id: 3, role: 'expert', regionCode: null };
const moderator: Actor = { id: 4, role: 'moderator', regionCode: null };
const admin: Actor = { id: 5, role: 'admin', regionCode: null };
const draft72 = { regionCode: '72', status: 'draft' as const };
const submitted72 = { regionCode: '72', status: 'submitted' as const };

describe('submission rules', () => {
  it.each([
    [coordinator72, true],
    [coordinator66, false],
    [expert, false],
    [moderator, true],
    [admin, true],
  ])('viewing a draft of region 72: %o → %s', (actor, expected) => {
    expect(canViewPractice(actor, draft72)).toBe(expected);
  });

  const inReview = (expertIds: number[]) => ({
    regionCode: '72',
    status: 'in_review' as const,
    reviewAssignments: expertIds.map((expertId) => ({ expertId })),
  });
  it.each([
    ['an assigned expert', expert, inReview([3]), true],
    ['an expert assigned elsewhere', expert, inReview([9]), false],
    ['an expert with no assignments', expert, inReview([]), false],
    ['a coordinator of the region', coordinator72, inReview([3]), true],
    ['a coordinator of another region listed as id 3', { ...coordinator66, id: 3 }, inReview([3]), false],
  ])('viewing a practice in review: %s → %s', (_name, actor, practice, expected) => {
    expect(canViewPractice(actor, practice)).toBe(expected);
  });

  it.each([
    [coordinator72, draft72, true],
    [coordinator66, draft72, false],
    [moderator, draft72, false],
    [admin, draft72, true],
    [coordinator72, submitted72, false],
    [coordinator72, { regionCode: '72', status: 'needs_revision' as const }, true],
    [coordinator72, { regionCode: '72', status: 'published' as const }, true],
    [coordinator72, { regionCode: '72', status: 'archived' as const }, false],
  ])('editing: %o on %o → %s', (actor, practice, expected) => {
    expect(canEditPractice(actor, practice)).toBe(expected);
  });

  it.each([
    [coordinator72, '72', true],
    [coordinator72, '66', false],
    [expert, '72', false],
    [moderator, '72', true],
  ])('creating: %o in %s → %s', (actor, region, expected) => {
    expect(canCreateIn(actor, region)).toBe(expected);
  });

  it.each([
    [coordinator72, draft72, 'submit', 'ok'],
    [coordinator66, draft72, 'submit', 'forbidden'],
    [moderator, draft72, 'submit', 'forbidden'],
    [coordinator72, draft72, 'publish', 'illegal'],
    [moderator, submitted72, 'publish', 'ok'],
    [moderator, submitted72, 'return_for_revision', 'ok'],
    [coordinator72, submitted72, 'publish', 'forbidden'],
    [moderator, submitted72, 'submit', 'illegal'],
    [moderator, { regionCode: '72', status: 'published' as const }, 'restore', 'illegal'],
    [expert, submitted72, 'accept_for_review', 'forbidden'],
    [moderator, { regionCode: '72', status: 'in_review' as const }, 'recommend', 'ok'],
    [moderator, submitted72, 'recommend', 'illegal'],
    [coordinator72, { regionCode: '72', status: 'published' as const }, 'recommend', 'forbidden'],
    [moderator, { regionCode: '72', status: 'recommended' as const }, 'withdraw_recommendation', 'ok'],
    [moderator, { regionCode: '72', status: 'published' as const }, 'withdraw_recommendation', 'illegal'],
    [coordinator72, submitted72, 'withdraw', 'ok'],
    [coordinator66, submitted72, 'withdraw', 'forbidden'],
    [moderator, submitted72, 'withdraw', 'forbidden'],
    [expert, submitted72, 'withdraw', 'forbidden'],
    [admin, submitted72, 'withdraw', 'ok'],
    [coordinator72, { regionCode: '72', status: 'in_review' as const }, 'withdraw', 'illegal'],
    [coordinator72, draft72, 'withdraw', 'illegal'],
  ] as const)('%o takes %s on %o → %s', (actor, practice, action, expected) => {
    const result = checkTransition(actor, practice, action);
    expect(result.ok ? 'ok' : result.reason).toBe(expected);
  });

  const published72 = { regionCode: '72', status: 'published' as const };
  it.each([
    [coordinator72, draft72, true],
    [coordinator72, submitted72, true],
    [coordinator66, draft72, false],
    [expert, draft72, false],
    [moderator, draft72, true],
    [admin, draft72, true],
    [coordinator72, published72, false],
    [coordinator72, { regionCode: '72', status: 'archived' as const }, false],
    [moderator, published72, true],
    [admin, published72, true],
    [expert, published72, false],
  ])('changing the page address: %o on %o → %s', (actor, practice, expected) => {
    expect(canEditSlug(actor, practice)).toBe(expected);
  });
});
