// The health check, registered like every module.
import type { ApiModule } from '../../lib/api-module';
import { healthRoutes } from './health.routes';

export const healthModule: ApiModule = {
  tags: [{ name: 'system', description: 'Health and service information' }],
  routes: healthRoutes,
};
