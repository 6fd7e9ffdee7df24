// What other modules (and app.ts) may use of the reference module: its routes.
import type { ApiModule } from '../../lib/api-module';
import { referenceRoutes } from './reference.routes';

export const referenceModule: ApiModule = {
  tags: [{ name: 'catalogue', description: 'Themes, target groups and the evidence scale' }],
  routes: referenceRoutes,
};
