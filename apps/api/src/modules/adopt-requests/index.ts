// What app.ts uses of the adopt-requests module: its routes and the daily retention purge.

import { loadConfig } from '../../config/env';
import type { ApiModule } from '../../lib/api-module';
import { scheduleDaily } from '../mail';
import { adoptRequestsRoutes } from './adopt-requests.routes';
import { purgeExpiredAdoptRequests } from './adopt-requests.service';

export const adoptRequestsModule: ApiModule = {
  tags: [
    {
      name: 'adopt-requests',
      description: '«Хочу внедрить эту практику»: requests from the public to a practice’s region',
    },
  ],
  routes: adoptRequestsRoutes,
  dailyJobs: [
    scheduleDaily('adopt-requests-retention', async ({ prisma, now, log }) => {
      const days = loadConfig().adoptRequestRetentionDays;
      const deleted = await purgeExpiredAdoptRequests(prisma, now, days);
      if (deleted > 0) log.info({ deleted, days }, 'adopt requests past their retention deleted');
    }),
  ],
};
