// What other modules (and app.ts) may use of the security-log module: its routes.
import type { ApiModule } from '../../lib/api-module';
import { securityLogRoutes } from './security-log.routes';

export const securityLogModule: ApiModule = {
  tags: [{ name: 'admin', description: 'The security log, for admins' }],
  routes: securityLogRoutes,
};
