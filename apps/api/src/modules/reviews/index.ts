// What other modules (and app.ts) may use of the reviews module: its routes.
import type { ApiModule } from '../../lib/api-module';
import { reviewsRoutes } from './reviews.routes';

export const reviewsModule: ApiModule = {
  tags: [
    {
      name: 'reviews',
      description:
        'Expert review: assignments, rubric scores, conflicts of interest, the moderator’s decision',
    },
  ],
  routes: reviewsRoutes,
};
