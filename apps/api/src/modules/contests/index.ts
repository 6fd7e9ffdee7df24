// What other modules (and app.ts) may use of the contests module: its public and staff routes.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiModule } from '../../lib/api-module';
import { contestsRoutes } from './contests.routes';
import { contestsStaffRoutes } from './contests-staff.routes';

const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(contestsRoutes);
  await app.register(contestsStaffRoutes);
};

export const contestsModule: ApiModule = {
  tags: [
    { name: 'contests', description: 'Contests, nominations, results and awards (public)' },
    {
      name: 'contests (staff)',
      description: 'Setting up contests: nominations, experts, entries, scores, results',
    },
  ],
  routes,
};
