// The glossary as the catalogue's search uses it, read once per catalogue version (edits bump
// the version through a trigger, migration 20261201100000) and kept per pool.
import type { Pool } from 'pg';
import { readAllTerms } from './glossary.repository';
import { compileGlossary, type Glossary } from './glossary-terms';

/** Reads and prepares the whole glossary. */
export async function loadGlossary(pool: Pool): Promise<Glossary> {
  return compileGlossary(await readAllTerms(pool));
}

const loaded = new WeakMap<Pool, { version: string; glossary: Promise<Glossary> }>();

/** The glossary of catalogue version `version`, loaded at most once per version and pool. */
export function glossaryFor(pool: Pool, version: string): Promise<Glossary> {
  const hit = loaded.get(pool);
  if (hit?.version === version) return hit.glossary;
  const glossary = loadGlossary(pool);
  loaded.set(pool, { version, glossary });
  glossary.catch(() => {
    if (loaded.get(pool)?.glossary === glossary) loaded.delete(pool);
  });
  return glossary;
}
