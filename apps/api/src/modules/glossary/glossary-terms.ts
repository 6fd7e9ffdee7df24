// The glossary's forms as search compares them: normalised (lower case, ё as е, single spaces)
// and compiled into a lookup. The catalogue's search (practices/search-query.ts) expands typed
// words through it; the glossary's own service checks that forms do not collide.
/** A glossary entry as the search uses it: all its forms are equivalent. */
export interface GlossaryTerm {
  term: string;
  expansions: string[];
  synonyms: string[];
}

/** The glossary prepared for lookups: normalised form → entry. */
export interface Glossary {
  byForm: Map<string, GlossaryTerm>;
  /** The most words in one form, to bound the phrase lookup. */
  longest: number;
}

/** A word: letters and digits. */
export const WORD = /[\p{L}\p{N}]+/gu;
export function foldYo(text: string): string {
  return text.replaceAll('ё', 'е').replaceAll('Ё', 'Е');
}

/** Lower case, ё as е, words separated by single spaces: how forms and typed text compare. */
export function normaliseForm(text: string): string {
  return (foldYo(text).toLowerCase().match(WORD) ?? []).join(' ');
}

export const allForms = (entry: GlossaryTerm): string[] => [
  entry.term,
  ...entry.expansions,
  ...entry.synonyms,
];

export function compileGlossary(entries: GlossaryTerm[]): Glossary {
  const byForm = new Map<string, GlossaryTerm>();
  let longest = 1;
  for (const entry of entries) {
    for (const form of allForms(entry)) {
      const key = normaliseForm(form);
      if (!key || byForm.has(key)) continue;
      byForm.set(key, entry);
      longest = Math.max(longest, key.split(' ').length);
    }
  }
  return { byForm, longest };
}

export const EMPTY_GLOSSARY: Glossary = { byForm: new Map(), longest: 1 };
