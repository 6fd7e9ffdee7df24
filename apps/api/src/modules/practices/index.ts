// What other modules (and app.ts) may use of the public catalogue: its routes, the in-memory
// catalogue index app.ts keeps per process, former page addresses, and which statuses are public;
// the passport as JSON bytes (for its printable PDF).
import type { ApiModule } from '../../lib/api-module';
import { practicesRoutes } from './practices.routes';

export { CatalogueIndexStore } from './catalogue-index/index-store';
export { PUBLIC_STATUS_SQL } from './catalogue-sql';
export { currentSlugOf, movedPracticePage } from './former-slugs';
export {
  type CatalogueDeps,
  getPassport,
  matchingPracticeIds,
  startSearchWarming,
} from './practices.service';

export const practicesModule: ApiModule = {
  tags: [{ name: 'practices', description: 'The public catalogue: search, filters, passports' }],
  routes: practicesRoutes,
};
