// What other modules may use of the submissions module: the rules on who sees and moves a
// practice, and the workflow's reading of a stored passport (the reviews module decides on it).
import type { ApiModule } from '../../lib/api-module';
import { submissionsRoutes } from './submissions.routes';

export { canEditPractice, canViewPractice, checkTransition, type PracticeRef } from './submission-rules';
export { missingFieldsOf } from './submissions.service';

export const submissionsModule: ApiModule = {
  tags: [
    {
      name: 'submissions',
      description: 'Drafts, the practice life cycle, audit history, versions and page addresses',
    },
  ],
  routes: submissionsRoutes,
};
