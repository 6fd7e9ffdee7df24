// The practices a visitor picked for comparison from catalogue cards: up to three, kept in
// sessionStorage so the choice survives paging, filtering and a visit to a passport, and is
// forgotten with the tab. The comparison page itself reads only its URL, so it can be shared.
import { useSyncExternalStore } from 'react';

/** How many practices the comparison shows side by side. */
export const MAX_COMPARED = 3;
/** The query parameter of /compare: slugs joined by commas. */
export const COMPARE_PARAM = 'practices';

export interface ComparedPractice {
  slug: string;
  title: string;
}

interface Selection {
  items: readonly ComparedPractice[];
  /** Set when a fourth practice was refused, so the bar can say why; cleared by the next change. */
  refused: boolean;
}

const KEY = 'registry.compare';
const EMPTY: Selection = { items: [], refused: false };
const listeners = new Set<() => void>();
let current: Selection | null = null;

function read(): Selection {
  if (current) return current;
  current = EMPTY;
  try {
    const parsed: unknown = JSON.parse(window.sessionStorage.getItem(KEY) ?? '[]');
    if (Array.isArray(parsed)) {
      const items = parsed.filter(
        (item): item is ComparedPractice => typeof item?.slug === 'string' && typeof item?.title === 'string',
      );
      current = { items: items.slice(0, MAX_COMPARED), refused: false };
    }
  } catch {
    // Storage switched off or a damaged value: start with nothing chosen.
  }
  return current;
}

function write(next: Selection) {
  current = next;
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(next.items));
  } catch {
    // Private mode without storage: the choice still lives until the page is left.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Adds the practice, or takes it out if it was there; a fourth is refused. */
export function toggleCompared(practice: ComparedPractice) {
  const { items } = read();
  if (items.some((item) => item.slug === practice.slug)) {
    write({ items: items.filter((item) => item.slug !== practice.slug), refused: false });
  } else if (items.length >= MAX_COMPARED) {
    write({ items, refused: true });
  } else {
    write({ items: [...items, practice], refused: false });
  }
}

export function removeCompared(slug: string) {
  write({ items: read().items.filter((item) => item.slug !== slug), refused: false });
}

export function clearCompared() {
  write(EMPTY);
}

/** The current choice; empty on the server and before hydration. */
export function useCompareSelection(): Selection {
  return useSyncExternalStore(subscribe, read, () => EMPTY);
}

/** The address of the comparison of these practices. */
export const compareHref = (slugs: readonly string[]) =>
  `/compare?${COMPARE_PARAM}=${slugs.map(encodeURIComponent).join(',')}`;
