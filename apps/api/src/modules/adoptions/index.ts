// What other modules (and app.ts) may use of the adoptions module: its routes.
import type { ApiModule } from '../../lib/api-module';
import { adoptionsRoutes } from './adoptions.routes';

export const adoptionsModule: ApiModule = {
  tags: [{ name: 'adoptions', description: 'Regions adopting practices of other regions' }],
  routes: adoptionsRoutes,
};
