import { describe, expect, it } from 'vitest';
import {
  aggregateReviews,
  conflictOf,
  decisionAction,
  dueAtOf,
  type ExpertCandidate,
  nextReviewDue,
  normaliseOrganisation,
  possibleDecisions,
  weightedScore,
} from './review-rules';

const score = (code: string, value: number, weight = 1) => ({ code, name: code, weight, score: value });

describe('weighted score', () => {
  it.each([
    ['equal weights: the plain mean', [score('a', 4), score('b', 2)], 3],
    ['a heavier criterion pulls the score', [score('a', 5, 3), score('b', 1, 1)], 4],
    ['fractional weights', [score('a', 5, 0.5), score('b', 2, 1.5)], 2.75],
    ['rounded to hundredths', [score('a', 5), score('b', 4), score('c', 4)], 4.33],
    ['no scores at all', [], 0],
  ])('%s', (_name, scores, expected) => {
    expect(weightedScore(scores)).toBe(expected);
  });
});

describe('aggregation of reviews', () => {
  it.each([
    ['no reviews yet', [], { reviewCount: 0, weightedScore: null, spread: null, disagreements: [] }],
    [
      'one review: no spread',
      [{ scores: [score('a', 4), score('b', 4)] }],
      { reviewCount: 1, weightedScore: 4, spread: 0, disagreements: [] },
    ],
    [
      'two close reviews: a spread, no warning',
      [{ scores: [score('a', 5), score('b', 3)] }, { scores: [score('a', 3), score('b', 3)] }],
      { reviewCount: 2, weightedScore: 3.5, spread: 1, disagreements: [] },
    ],
    [
      'a 3-point difference on a criterion is a strong disagreement',
      [{ scores: [score('a', 5), score('b', 3)] }, { scores: [score('a', 2), score('b', 3)] }],
      {
        reviewCount: 2,
        weightedScore: 3.25,
        spread: 1.5,
        disagreements: [{ code: 'a', name: 'a', min: 2, max: 5 }],
      },
    ],
    [
      'a 2-point difference is not',
      [{ scores: [score('a', 4)] }, { scores: [score('a', 2)] }, { scores: [score('a', 3)] }],
      { reviewCount: 3, weightedScore: 3, spread: 2, disagreements: [] },
    ],
    [
      'the extremes of three experts count',
      [{ scores: [score('a', 1)] }, { scores: [score('a', 3)] }, { scores: [score('a', 5)] }],
      {
        reviewCount: 3,
        weightedScore: 3,
        spread: 4,
        disagreements: [{ code: 'a', name: 'a', min: 1, max: 5 }],
      },
    ],
  ])('%s', (_name, reviews, expected) => {
    expect(aggregateReviews(reviews)).toEqual(expected);
  });
});

describe('conflicts of interest', () => {
  const practice = {
    regionCode: '72',
    organisationName: 'ГАУ ТО «Центр помощи семье»',
    liveExpertIds: [7],
  };
  const expert = (overrides: Partial<ExpertCandidate> = {}): ExpertCandidate => ({
    id: 1,
    role: 'expert',
    regionCode: null,
    conflicts: [],
    ...overrides,
  });
  it.each([
    ['an expert with no region and no conflicts', expert(), null],
    ['an expert from another region', expert({ regionCode: '66' }), null],
    ['an expert from the practice’s region', expert({ regionCode: '72' }), 'own_region'],
    [
      'a declared conflict, written with other quotes, case and spaces',
      expert({ conflicts: ['гау  то "Центр помощи семье" '] }),
      'declared_conflict',
    ],
    ['a conflict with another organisation', expert({ conflicts: ['Центр занятости'] }), null],
    ['an expert already assigned', expert({ id: 7 }), 'already_assigned'],
    ['a coordinator', expert({ role: 'coordinator' }), 'not_expert'],
  ] as const)('%s → %s', (_name, candidate, expected) => {
    expect(conflictOf(candidate, practice)).toBe(expected);
  });

  it.each([
    ['«Ёлка»  центр', 'елка центр'],
    ['"Дом" ', 'дом'],
    ['  ', ''],
  ])('normalises %j to %j', (raw, expected) => {
    expect(normaliseOrganisation(raw)).toBe(expected);
  });
});

describe('decisions', () => {
  it.each([
    ['recommend', 'in_review', 'recommend'],
    ['recommend', 'published', 'recommend'],
    ['recommend', 'recommended', 'recommend'],
    ['recommend', 'submitted', null],
    ['publish', 'in_review', 'publish'],
    ['publish', 'recommended', 'withdraw_recommendation'],
    ['publish', 'published', 'stay'],
    ['return_for_revision', 'in_review', 'return_for_revision'],
    ['return_for_revision', 'published', null],
    ['reject', 'recommended', null],
    ['reject', 'draft', null],
  ] as const)('%s from %s → %s', (decision, status, expected) => {
    expect(decisionAction(decision, status)).toBe(expected);
  });

  it('offers only what the status allows', () => {
    expect(possibleDecisions('recommended')).toEqual(['recommend', 'publish']);
    expect(possibleDecisions('draft')).toEqual([]);
  });

  it('dates the next review months later and a due day at its Moscow end', () => {
    expect(nextReviewDue(new Date('2026-01-31T10:00:00Z'), 24).toISOString()).toBe(
      '2028-01-31T10:00:00.000Z',
    );
    expect(dueAtOf('2026-12-01').toISOString()).toBe('2026-12-01T20:59:59.999Z');
  });
});
