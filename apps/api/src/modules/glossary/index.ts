// What other modules may use of the glossary.
export { glossaryFor, loadGlossary } from './glossary-loader';
