// What other modules (and app.ts) may use of the map module: its routes.
import type { ApiModule } from '../../lib/api-module';
import { mapRoutes } from './map.routes';

export const mapModule: ApiModule = {
  tags: [{ name: 'map', description: 'The tile map of Russia: regions in figures, where help is missing' }],
  routes: mapRoutes,
};
