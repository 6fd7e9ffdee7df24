// What other modules (and app.ts) may use of open data: its routes (exports, field dictionary,
// feeds) and the tags they use.
import type { ApiModule } from '../../lib/api-module';
import { openDataRoutes } from './open-data.routes';

export const openDataModule: ApiModule = {
  tags: [
    {
      name: 'open-data',
      description: 'The public catalogue as open data: CSV, XLSX, JSON and the field dictionary',
    },
    { name: 'feeds', description: 'RSS and Atom feeds of newly published and recommended practices' },
  ],
  routes: openDataRoutes,
};
