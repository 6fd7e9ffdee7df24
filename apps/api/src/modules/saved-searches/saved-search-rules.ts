// Pure rules of saved searches: one normal form of a selection (so the same selection is one
// subscription per e-mail), its catalogue address, and when a digest is due.
import { createHash } from 'node:crypto';
import type { SavedSearchFilters, SavedSearchQuery } from '@registry/contracts/saved-searches';

const MULTI = ['theme', 'targetGroup', 'region', 'district', 'evidence', 'status', 'nomination'] as const;

/** Only the filters that are set, values de-duplicated and sorted, the text's spaces collapsed. */
export function normaliseSearch(query: SavedSearchQuery): SavedSearchFilters {
  const out: SavedSearchFilters = {};
  const q = (query.q ?? '').replace(/\s+/g, ' ').trim();
  if (q) out.q = q;
  for (const key of MULTI) {
    const values = [...new Set<string>(query[key] ?? [])].sort();
    // Each key keeps its own value type (status: public statuses); the values are the query's own.
    if (values.length > 0) Object.assign(out, { [key]: values });
  }
  if (query.yearFrom !== undefined) out.yearFrom = query.yearFrom;
  if (query.yearTo !== undefined) out.yearTo = query.yearTo;
  if (query.internship) out.internship = 'true';
  if (query.award) out.award = query.award;
  return out;
}

/** SHA-256 of the normal form: the same selection typed in any order gives the same key. */
export function searchKey(search: SavedSearchFilters): string {
  const ordered = Object.fromEntries(Object.entries(search).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256').update(JSON.stringify(ordered)).digest('hex');
}

/** The catalogue page of the selection (`/practices?theme=…`), the same address the web app writes. */
export function cataloguePath(search: SavedSearchFilters): string {
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  for (const key of MULTI) for (const value of search[key] ?? []) params.append(key, value);
  if (search.yearFrom !== undefined) params.set('yearFrom', String(search.yearFrom));
  if (search.yearTo !== undefined) params.set('yearTo', String(search.yearTo));
  if (search.internship) params.set('internship', 'true');
  if (search.award) params.set('award', search.award);
  const text = params.toString();
  return text ? `/practices?${text}` : '/practices';
}

const HOUR_MS = 3600 * 1000;
/**
 * How long after the last digest's window closed a subscription is due again. The daily job runs
 * about once a day, a little earlier or later each time: the slack keeps a daily digest daily and a
 * weekly one on the same weekday.
 */
export const DUE_AFTER_MS = { daily: 24 * HOUR_MS - 6 * HOUR_MS, weekly: 7 * 24 * HOUR_MS - 6 * HOUR_MS };

/**
 * A digest's window ends a few minutes before the job runs: a publication whose transaction began
 * earlier but committed later is still seen by the next digest rather than missed.
 */
export const COMMIT_SLACK_MS = 5 * 60 * 1000;

/** The most practices listed in one digest; the rest are one link to the catalogue away. */
export const DIGEST_MAX_ITEMS = 20;

/** Most subscriptions one e-mail may hold (pending and confirmed). */
export const MAX_SUBSCRIPTIONS_PER_EMAIL = 20;

/** Link lifetimes: a confirmation link lives as long as its pending subscription is kept. */
export const CONFIRM_TTL_MS = 7 * 24 * HOUR_MS;
/** A management link in a message works for a year (and dies with its subscription). */
export const MANAGE_TTL_MS = 365 * 24 * HOUR_MS;
