// What other modules (and app.ts) may use of the statistics module: its routes.
import type { ApiModule } from '../../lib/api-module';
import { statisticsRoutes } from './statistics.routes';

export const statisticsModule: ApiModule = {
  tags: [{ name: 'statistics', description: 'Public figures and CSV downloads' }],
  routes: statisticsRoutes,
};
