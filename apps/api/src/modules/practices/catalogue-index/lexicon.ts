// Every lexeme of the public catalogue's search text, with how many practices hold it. A prefix
// term ('замещ':*) is answered from it as the lexemes it stands for, each a term of the term
// index, so that the few lexemes most practices share are read from PostgreSQL once per process
// (warmed in the background) instead of once per new way of typing a word.
//
// The lexicon only ever grows between rebuilds: a lexeme that left the catalogue matches nothing
// and costs one cheap look-up; a lexeme missing from it would lose search results, so every
// patch adds the lexemes of the practices it re-reads.

export class Lexicon {
  private readonly docs = new Map<string, number>();
  private sorted: string[] | null = null;
  /** True once the whole catalogue's lexemes were read (before that, prefixes go to PostgreSQL). */
  complete = false;

  /** Adds lexemes with their document counts (a count already known is kept if larger). */
  add(entries: Iterable<[string, number]>): void {
    for (const [word, ndoc] of entries) {
      const known = this.docs.get(word);
      if (known === undefined) this.sorted = null;
      if (known === undefined || ndoc > known) this.docs.set(word, ndoc);
    }
  }

  /** How many practices held `word` when last counted (0 when unknown). */
  docsOf(word: string): number {
    return this.docs.get(word) ?? 0;
  }

  get size(): number {
    return this.docs.size;
  }

  /** Lexemes held by at least `minDocs` practices, most widely held first. */
  frequent(minDocs: number): [string, number][] {
    return [...this.docs].filter(([, n]) => n >= minDocs).sort((a, b) => b[1] - a[1]);
  }

  /** Every known lexeme that starts with `prefix` (code-unit order, as PostgreSQL compares them). */
  withPrefix(prefix: string): string[] {
    this.sorted ??= [...this.docs.keys()].sort();
    const words = this.sorted;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((words[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < words.length && (words[i] as string).startsWith(prefix); i++)
      out.push(words[i] as string);
    return out;
  }
}
