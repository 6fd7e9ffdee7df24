import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth';
import {
  checkScoreSheet,
  entryRefusal,
  rankEntries,
  scoreRefusal,
  slugify,
  submissionPhase,
  weightedScore,
} from './contest-rules';

const coordinator72: Actor = { id: 1, role: 'coordinator', regionCode: '72' };
const coordinator66: Actor = { id: 2, role: 'coordinator', regionCode: '66' };
const moderator: Actor = { id: 3, role: 'moderator', regionCode: null };
const admin: Actor = { id: 4, role: 'admin', regionCode: null };
const expert: Actor = { id: 5, role: 'expert', regionCode: null };

describe('the submission window', () => {
  const window = { opensAt: new Date('2026-11-01T00:00:00Z'), closesAt: new Date('2026-11-10T00:00:00Z') };
  it.each([
    ['2026-10-31T23:59:59Z', 'upcoming'],
    ['2026-11-01T00:00:00Z', 'open'],
    ['2026-11-09T23:59:59Z', 'open'],
    ['2026-11-10T00:00:00Z', 'closed'],
  ])('at %s is %s', (now, phase) => {
    expect(submissionPhase(window, new Date(now))).toBe(phase);
  });
});

describe('who may enter a practice', () => {
  const open = { phase: 'open' as const, resultsPublished: false };
  const published72 = { regionCode: '72', status: 'published' as const };
  it.each([
    ['the coordinator of its region', coordinator72, published72, open, null],
    ['a coordinator of another region', coordinator66, published72, open, 'forbidden'],
    ['a moderator', moderator, published72, open, 'forbidden'],
    ['an expert', expert, published72, open, 'forbidden'],
    ['an admin', admin, published72, open, null],
    [
      'its coordinator, a draft',
      coordinator72,
      { regionCode: '72', status: 'draft' as const },
      open,
      'not_public',
    ],
    [
      'another coordinator, a draft',
      coordinator66,
      { regionCode: '72', status: 'draft' as const },
      open,
      'not_found',
    ],
    [
      'its coordinator, a recommended one',
      coordinator72,
      { regionCode: '72', status: 'recommended' as const },
      open,
      null,
    ],
    [
      'its coordinator, window closed',
      coordinator72,
      published72,
      { phase: 'closed' as const, resultsPublished: false },
      'window',
    ],
    [
      'its coordinator, window not open yet',
      coordinator72,
      published72,
      { phase: 'upcoming' as const, resultsPublished: false },
      'window',
    ],
    [
      'its coordinator, results out',
      coordinator72,
      published72,
      { phase: 'open' as const, resultsPublished: true },
      'results_published',
    ],
  ])('%s → %s', (_name, actor, practice, nomination, expected) => {
    expect(entryRefusal(actor, practice, nomination)).toBe(expected);
  });
});

describe('who may score an entry', () => {
  const nomination = { expertIds: [5, 6], resultsPublished: false };
  it.each([
    ['an assigned expert', expert, nomination, '72', null],
    ['an expert not assigned', { ...expert, id: 9 }, nomination, '72', 'not_assigned'],
    ['a moderator', moderator, nomination, '72', 'not_assigned'],
    [
      'an assigned expert from the entry region',
      { ...expert, regionCode: '72' },
      nomination,
      '72',
      'own_region',
    ],
    ['an assigned expert from another region', { ...expert, regionCode: '66' }, nomination, '72', null],
    [
      'an assigned expert after results',
      expert,
      { ...nomination, resultsPublished: true },
      '72',
      'results_published',
    ],
  ])('%s → %s', (_name, actor, nom, region, expected) => {
    expect(scoreRefusal(actor, nom, region)).toBe(expected);
  });
});

describe('scores', () => {
  it('weights every criterion', () => {
    expect(
      weightedScore([
        { score: 5, weight: 2 },
        { score: 2, weight: 1 },
      ]),
    ).toBe(4);
    expect(
      weightedScore([
        { score: 4, weight: 1 },
        { score: 3, weight: 1 },
        { score: 3, weight: 1 },
      ]),
    ).toBe(3.33);
  });

  it('finds missing, unknown and repeated criteria in a score sheet', () => {
    const criteria = [
      { code: 'a', weight: 1 },
      { code: 'b', weight: 1 },
    ];
    expect(checkScoreSheet(criteria, [{ criterion: 'a' }, { criterion: 'x' }])).toEqual({
      missing: ['b'],
      unknown: [{ index: 1, code: 'x' }],
      duplicated: false,
    });
    expect(checkScoreSheet(criteria, [{ criterion: 'a' }, { criterion: 'a' }]).duplicated).toBe(true);
  });

  it('ranks entries by average weighted score, ties sharing a rank, unscored last', () => {
    const ranked = rankEntries([
      { id: 1, averageScore: 3.5 },
      { id: 2, averageScore: null },
      { id: 3, averageScore: 4.2 },
      { id: 4, averageScore: 3.5 },
      { id: 5, averageScore: 2 },
    ]);
    expect(ranked.map((e) => [e.id, e.rank])).toEqual([
      [3, 1],
      [1, 2],
      [4, 2],
      [5, 4],
      [2, null],
    ]);
  });
});

describe('slugs', () => {
  it('transliterates Russian titles', () => {
    expect(slugify('XI Всероссийский форум «Вместе — ради детей!»')).toBe(
      'xi-vserossiyskiy-forum-vmeste-radi-detey',
    );
    expect(slugify('Ценю жизнь')).toBe('tsenyu-zhizn');
    expect(slugify('«»')).toBe('contest');
  });
});
