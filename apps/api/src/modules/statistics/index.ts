// What other modules (and app.ts) may use of the statistics module: its routes.
import type { ApiModule } from '../../lib/api-module';
import { statisticsRoutes } from './statistics.routes';

export const statisticsModule: ApiModule = {
  tags: [{ name: 'statistics', description: 'Public figures and CSV downloads' }],
  routes: statisticsRoutes,
};

/** CSV for spreadsheets (BOM, RFC 4180, formula-safe), shared with the map's coverage table. */
export { toCsv } from './csv';
