import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth';
import { canDeclareFor, canEditAdoption, checkAdoptable, checkDates } from './adoption-rules';

const actor = (role: Actor['role'], regionCode: string | null = null): Actor => ({ id: 1, role, regionCode });

describe('who may declare an adoption for a region', () => {
  it.each([
    ['a coordinator, for their own region', actor('coordinator', '66'), '66', true],
    ['a coordinator, for another region', actor('coordinator', '66'), '72', false],
    ['a moderator, on a region’s behalf', actor('moderator'), '72', true],
    ['an admin, on a region’s behalf', actor('admin'), '72', true],
    ['an expert', actor('expert'), '72', false],
  ])('%s → %s', (_label, who, region, allowed) => {
    expect(canDeclareFor(who, region)).toBe(allowed);
    expect(canEditAdoption(who, { regionCode: region })).toBe(allowed);
  });
});

describe('which practice may be adopted', () => {
  it.each([
    ['a published practice of another region', 'published', '72', '66', { ok: true }],
    ['a recommended practice of another region', 'recommended', '72', '66', { ok: true }],
    ['the region’s own practice', 'published', '66', '66', { ok: false, reason: 'own_region' }],
    ['a draft', 'draft', '72', '66', { ok: false, reason: 'not_public' }],
    ['a practice under review', 'in_review', '72', '66', { ok: false, reason: 'not_public' }],
    ['an archived practice', 'archived', '72', '66', { ok: false, reason: 'not_public' }],
  ] as const)('%s', (_label, status, practiceRegion, adopter, expected) => {
    expect(checkAdoptable({ status, regionCode: practiceRegion }, adopter)).toEqual(expected);
  });
});

describe('status and dates agree', () => {
  const today = '2026-11-24';
  const fields = (errors: { field: string }[]) => errors.map((e) => e.field);

  it.each([
    ['planning without dates', 'planning', null, null, []],
    ['planning with a future start', 'planning', '2027-01-15', null, []],
    ['planning with a finish date', 'planning', '2026-01-01', '2026-03-01', ['body.finishedOn']],
    ['in progress without a start', 'in_progress', null, null, ['body.startedOn']],
    ['in progress with a finish date', 'in_progress', '2026-01-01', '2026-02-01', ['body.finishedOn']],
    ['implemented without a start', 'implemented', null, null, ['body.startedOn']],
    ['implemented, finished after the start', 'implemented', '2025-01-01', '2026-01-01', []],
    ['implemented, finished the day it started', 'implemented', '2025-01-01', '2025-01-01', []],
    [
      'implemented, finished before the start',
      'implemented',
      '2026-01-01',
      '2025-12-31',
      ['body.finishedOn'],
    ],
    ['implemented, finished in the future', 'implemented', '2026-01-01', '2026-12-31', ['body.finishedOn']],
    ['stopped without a start', 'stopped', null, '2026-02-01', []],
    ['stopped before it started', 'stopped', '2026-03-01', '2026-02-01', ['body.finishedOn']],
  ] as const)('%s', (_label, status, startedOn, finishedOn, expected) => {
    expect(fields(checkDates({ status, startedOn, finishedOn }, today))).toEqual(expected);
  });
});
