// What app.ts uses of the materials module: its routes.
import type { ApiModule } from '../../lib/api-module';
import { materialsRoutes } from './materials.routes';

export const materialsModule: ApiModule = {
  tags: [{ name: 'materials', description: 'Methodical materials: files attached to practice passports' }],
  routes: materialsRoutes,
};
