// What the glossary form sends: the term and its forms one per line, read into the contract's
// body, so the form refuses what the API would refuse, in its words, before anything is sent.
import { type GlossaryEntryBody, GlossaryEntryBodySchema } from '@registry/contracts/glossary';
import { z } from 'zod';

/** A textarea's lines, trimmed, blank ones left out. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The glossary form's inputs: the term and two textareas, one form per line. */
export const GlossaryFormSchema = z
  .object({ term: z.string(), expansions: z.string(), synonyms: z.string() })
  .transform(
    ({ term, expansions, synonyms }): GlossaryEntryBody => ({
      term: term.trim(),
      expansions: lines(expansions),
      synonyms: lines(synonyms),
    }),
  )
  .pipe(GlossaryEntryBodySchema);
export type GlossaryFormValues = z.input<typeof GlossaryFormSchema>;
