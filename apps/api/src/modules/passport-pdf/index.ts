// What app.ts may use of the printable passport: its route (GET /api/practices/:slug/passport.pdf).
import type { ApiModule } from '../../lib/api-module';
import { passportPdfRoutes } from './passport-pdf.routes';

export const passportPdfModule: ApiModule = {
  tags: [{ name: 'passport-pdf', description: 'Printable passports: the public passport as a PDF' }],
  routes: passportPdfRoutes,
};
