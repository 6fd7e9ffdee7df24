// The rules of contests: when entries are taken, who may enter and score what, and how entries
// rank. Pure functions, tested as tables in contest-rules.test.ts.
import type { ContestPhase } from '@registry/contracts/contests';
import { type PracticeStatus, PUBLIC_STATUSES } from '@registry/contracts/practice-enums';
import type { Actor } from '../auth';

export const isManager = (actor: Actor) => actor.role === 'moderator' || actor.role === 'admin';

/** Where the submission window is at `now`: opens inclusive, closes exclusive. */
export function submissionPhase(window: { opensAt: Date; closesAt: Date }, now: Date): ContestPhase {
  if (now < window.opensAt) return 'upcoming';
  return now < window.closesAt ? 'open' : 'closed';
}

export type EntryRefusal = 'not_found' | 'forbidden' | 'not_public' | 'window' | 'results_published';

/**
 * Why `actor` may not enter `practice` into a nomination now, or null when they may. A
 * coordinator enters their own region's public practices; an admin any public practice. Someone
 * else's unpublished practice is "not found", so its existence is never revealed.
 */
export function entryRefusal(
  actor: Actor,
  practice: { regionCode: string; status: PracticeStatus },
  nomination: { phase: ContestPhase; resultsPublished: boolean },
): EntryRefusal | null {
  const own = actor.role === 'coordinator' && actor.regionCode === practice.regionCode;
  const mayEnter = own || actor.role === 'admin';
  if (!(PUBLIC_STATUSES as readonly PracticeStatus[]).includes(practice.status))
    return mayEnter ? 'not_public' : 'not_found';
  if (!mayEnter) return 'forbidden';
  if (nomination.resultsPublished) return 'results_published';
  if (nomination.phase !== 'open') return 'window';
  return null;
}

export type ScoreRefusal = 'not_assigned' | 'own_region' | 'results_published';

/**
 * Why `actor` may not score an entry: only the nomination's experts score, never an entry from
 * their own region (when their region is known), and never after the results are out.
 */
export function scoreRefusal(
  actor: Actor,
  nomination: { expertIds: number[]; resultsPublished: boolean },
  entryRegionCode: string,
): ScoreRefusal | null {
  if (actor.role !== 'expert' || !nomination.expertIds.includes(actor.id)) return 'not_assigned';
  if (actor.regionCode !== null && actor.regionCode === entryRegionCode) return 'own_region';
  if (nomination.resultsPublished) return 'results_published';
  return null;
}

export interface WeightedCriterion {
  code: string;
  weight: number;
}

/** Σ score × weight / Σ weight, to two decimals. */
export function weightedScore(scores: { score: number; weight: number }[]): number {
  const total = scores.reduce((sum, s) => sum + s.weight, 0);
  if (total <= 0) return 0;
  const value = scores.reduce((sum, s) => sum + s.score * s.weight, 0) / total;
  return Math.round(value * 100) / 100;
}

/** Criteria of the rubric that a score sheet leaves out, and codes it names that the rubric lacks. */
export function checkScoreSheet(criteria: WeightedCriterion[], scores: { criterion: string }[]) {
  const known = new Set(criteria.map((c) => c.code));
  const given = new Set(scores.map((s) => s.criterion));
  return {
    missing: criteria.filter((c) => !given.has(c.code)).map((c) => c.code),
    unknown: scores.map((s, index) => ({ index, code: s.criterion })).filter((s) => !known.has(s.code)),
    duplicated: given.size !== scores.length,
  };
}

export const average = (values: number[]): number | null =>
  values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100 : null;

/**
 * Ranks entries by their average weighted score, best first; equal averages share a rank and
 * entries nobody scored yet come last, unranked.
 */
export function rankEntries<T extends { averageScore: number | null }>(
  entries: T[],
): (T & { rank: number | null })[] {
  const sorted = [...entries].sort((a, b) => (b.averageScore ?? -1) - (a.averageScore ?? -1));
  let previous: number | null = null;
  let rank = 0;
  return sorted.map((entry, index) => {
    if (entry.averageScore === null) return { ...entry, rank: null };
    if (entry.averageScore !== previous) rank = index + 1;
    previous = entry.averageScore;
    return { ...entry, rank };
  });
}

const TRANSLIT: Record<string, string> = Object.fromEntries([
  ...'абвгдезийклмнопрстуфыэ'.split('').map((c, i) => [c, 'abvgdeziyklmnoprstufye'[i] as string]),
  ['ё', 'e'],
  ['ж', 'zh'],
  ['х', 'kh'],
  ['ц', 'ts'],
  ['ч', 'ch'],
  ['ш', 'sh'],
  ['щ', 'sch'],
  ['ъ', ''],
  ['ь', ''],
  ['ю', 'yu'],
  ['я', 'ya'],
]);

/** A URL slug from a Russian title: transliterated, lowercase, hyphenated, at most 80 characters. */
export function slugify(title: string): string {
  const latin = [...title.toLowerCase()].map((c) => TRANSLIT[c] ?? c).join('');
  const slug = latin
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'contest';
}
