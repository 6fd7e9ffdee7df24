// What other modules (and app.ts) may use of the accounts module: its routes.
import type { ApiModule } from '../../lib/api-module';
import { accountsRoutes } from './accounts.routes';

export const accountsModule: ApiModule = {
  tags: [
    {
      name: 'accounts',
      description: 'Invitations, password reset and change, second factor, accounts and role policies',
    },
  ],
  routes: accountsRoutes,
};
