// The daily job of saved searches: a digest to every confirmed subscription that is due and has
// news (practices of its selection that became public or recommended since its last window), and
// the purge of unconfirmed subscriptions after 7 days and of expired links.
import { UNCONFIRMED_RETENTION_DAYS } from '@registry/contracts/saved-searches';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import { AppError } from '../../lib/app-error';
import { enqueueMail } from '../mail';
import { type CatalogueDeps, matchingPracticeIds } from '../practices';
import { digestMail } from './saved-search-mail';
import {
  COMMIT_SLACK_MS,
  cataloguePath,
  DIGEST_MAX_ITEMS,
  DUE_AFTER_MS,
  MANAGE_TTL_MS,
  searchKey,
} from './saved-search-rules';
import * as repo from './saved-searches.repository';
import { summariseSearch } from './search-summary';

export interface DigestRun {
  prisma: PrismaClient;
  catalogue: CatalogueDeps;
  now: Date;
  /** The public address links in messages are made absolute under (PUBLIC_URL). */
  publicUrl: string;
}

export interface DigestReport {
  due: number;
  sent: number;
  /** Subscriptions whose selection no longer reads (a code that is gone): window moved on, nothing sent. */
  unreadable: number;
}

/**
 * Sends the due digests. Each subscription's message and its moved window are one transaction, so
 * a crash sends nothing twice and loses nothing; a window another process already moved is left.
 */
export async function runDigests(run: DigestRun): Promise<DigestReport> {
  const { prisma, now } = run;
  const until = new Date(now.getTime() - COMMIT_SLACK_MS);
  const due = await repo.findDue(prisma, until, DUE_AFTER_MS.weekly, DUE_AFTER_MS.daily);
  const matches = new Map<string, number[] | null>();
  const report: DigestReport = { due: due.length, sent: 0, unreadable: 0 };
  for (const row of due) {
    const since = row.checkedUntil as Date;
    if (since >= until) continue;
    // One evaluation per distinct selection per run, from the catalogue index (read outside any
    // transaction: the embedded store has one connection).
    const key = searchKey(row.query);
    if (!matches.has(key)) {
      try {
        matches.set(key, await matchingPracticeIds(run.catalogue, row.query));
      } catch (error) {
        if (!(error instanceof AppError && error.status === 400)) throw error;
        matches.set(key, null);
      }
    }
    const ids = matches.get(key);
    if (ids === null) report.unreadable += 1;
    const news = ids ? await repo.findNews(prisma, ids, since, until) : [];
    const summary = news.length > 0 ? await summariseSearch(prisma, row.query) : [];
    const sent = await prisma.$transaction(async (tx) => {
      if (!(await repo.advance(tx, row.id, since, until, news.length > 0))) return false;
      if (news.length === 0) return false;
      const token = await repo.issueToken(tx, row.id, 'manage', MANAGE_TTL_MS, now);
      await enqueueMail(
        tx,
        digestMail({
          email: row.email,
          token,
          summary,
          catalogue: cataloguePath(row.query),
          news: news.slice(0, DIGEST_MAX_ITEMS),
          more: Math.max(0, news.length - DIGEST_MAX_ITEMS),
          publicUrl: run.publicUrl,
        }),
      );
      return true;
    });
    if (sent) report.sent += 1;
  }
  return report;
}

/** Unconfirmed subscriptions older than 7 days and expired links are deleted. */
export function purgeSavedSearches(prisma: PrismaClient, now: Date) {
  const before = new Date(now.getTime() - UNCONFIRMED_RETENTION_DAYS * 24 * 3600 * 1000);
  return repo.purge(prisma, before, now);
}
