// What other modules (and app.ts) may use of the regions module: its routes.
import type { ApiModule } from '../../lib/api-module';
import { regionsRoutes } from './regions.routes';

export const regionsModule: ApiModule = {
  tags: [{ name: 'regions', description: 'Federal districts and subjects' }],
  routes: regionsRoutes,
};
