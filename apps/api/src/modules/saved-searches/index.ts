// What other modules (and app.ts) may use of saved searches: the routes, and the daily job that
// sends digests and purges unconfirmed subscriptions (run by the mail module's scheduler).
import type { ApiModule } from '../../lib/api-module';
import { savedSearchesRoutes } from './saved-searches.routes';

export { purgeSavedSearches, runDigests } from './digests.service';

export const savedSearchesModule: ApiModule = {
  tags: [
    {
      name: 'saved-searches',
      description:
        'Saved searches: a daily or weekly e-mail digest of practices newly published or recommended in a catalogue selection',
    },
  ],
  routes: savedSearchesRoutes,
};
