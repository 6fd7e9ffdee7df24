// What other modules (and app.ts) may use of saved searches: the routes, and the daily job that
// sends digests and purges unconfirmed subscriptions (run once a day by the mail module's scheduler).
import type { ApiModule } from '../../lib/api-module';
import { CatalogueCache } from '../../lib/catalogue-cache';
import { scheduleDaily } from '../mail';
import { CatalogueIndexStore } from '../practices';
import { purgeSavedSearches, runDigests } from './digests.service';
import { savedSearchesRoutes } from './saved-searches.routes';

export { purgeSavedSearches, runDigests } from './digests.service';

/**
 * Once a day: the purge first (nothing is sent to a subscription being deleted), then the due
 * digests. The selections are evaluated on a catalogue index built for the run from the database
 * (a job gets no process state), then dropped.
 */
export const savedSearchDigestJob = scheduleDaily('saved-search-digests', async (context) => {
  const purged = await purgeSavedSearches(context.prisma, context.now);
  const cache = new CatalogueCache(context.db.pool, { versionTtlMs: 0 });
  const catalogue = {
    pool: context.db.pool,
    cache,
    index: new CatalogueIndexStore(context.db.pool, cache),
    cursorSecret: '',
  };
  const report = await runDigests({
    prisma: context.prisma,
    catalogue,
    now: context.now,
    publicUrl: context.publicUrl,
  });
  context.log.info({ purged, ...report }, 'saved searches: digests');
});

export const savedSearchesModule: ApiModule = {
  tags: [
    {
      name: 'saved-searches',
      description:
        'Saved searches: a daily or weekly e-mail digest of practices newly published or recommended in a catalogue selection',
    },
  ],
  routes: savedSearchesRoutes,
  dailyJobs: [savedSearchDigestJob],
};
