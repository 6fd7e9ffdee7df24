// What other modules (and app.ts) may use of the glossary: the compiled glossary the catalogue
// searches with, and its routes.
import type { ApiModule } from '../../lib/api-module';
import { glossaryRoutes } from './glossary.routes';

export { glossaryFor, loadGlossary } from './glossary-loader';
export {
  allForms,
  compileGlossary,
  EMPTY_GLOSSARY,
  foldYo,
  type Glossary,
  type GlossaryTerm,
  normaliseForm,
  WORD,
} from './glossary-terms';

export const glossaryModule: ApiModule = {
  tags: [
    { name: 'glossary', description: 'Search glossary: terms, expansions and synonyms (moderators, admins)' },
  ],
  routes: glossaryRoutes,
};
