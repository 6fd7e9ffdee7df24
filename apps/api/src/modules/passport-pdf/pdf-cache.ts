// The last few passport PDFs made, per catalogue version. Typesetting a passport takes a
// noticeable slice of a core (docs/printing-and-comparison.md has the figures), so a passport
// many people download is made once per catalogue change, and simultaneous requests for the same
// one share the work.

/** How many PDFs one process keeps (a long passport is about 140 KiB, a usual one 60 KiB). */
const DEFAULT_ENTRIES = 32;

export class PdfCache<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly maxEntries = DEFAULT_ENTRIES) {}

  /** The kept answer for `key`, or the one `make` produces (a failure is not kept). */
  get(key: string, make: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last, so the oldest is the first to go.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const made = make();
    this.entries.set(key, made);
    made.catch(() => this.entries.delete(key));
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
    return made;
  }
}
