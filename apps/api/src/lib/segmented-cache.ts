// A cache bounded by bytes that prefers what is asked often (segmented LRU): a new answer enters
// a small probation segment; only an answer asked again moves to the protected segment. A stream
// of one-off questions therefore churns probation and never pushes out the hot pages.

const PROBATION_SHARE = 0.2;

export class SegmentedCache<V> {
  private readonly probation = new Map<string, { value: V; bytes: number }>();
  private readonly protectedEntries = new Map<string, { value: V; bytes: number }>();
  private probationBytes = 0;
  private protectedBytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly sizeOf: (value: V) => number,
  ) {}

  get(key: string): V | undefined {
    const hot = this.protectedEntries.get(key);
    if (hot) {
      this.protectedEntries.delete(key);
      this.protectedEntries.set(key, hot);
      return hot.value;
    }
    const cold = this.probation.get(key);
    if (!cold) return undefined;
    // Asked a second time: promote.
    this.probation.delete(key);
    this.probationBytes -= cold.bytes;
    this.protectedEntries.set(key, cold);
    this.protectedBytes += cold.bytes;
    const protectedMax = this.maxBytes * (1 - PROBATION_SHARE);
    for (const [oldKey, old] of this.protectedEntries) {
      if (this.protectedBytes <= protectedMax || oldKey === key) break;
      this.protectedEntries.delete(oldKey);
      this.protectedBytes -= old.bytes;
      this.admit(oldKey, old);
    }
    return cold.value;
  }

  set(key: string, value: V): void {
    this.delete(key);
    this.admit(key, { value, bytes: this.sizeOf(value) });
  }

  private admit(key: string, entry: { value: V; bytes: number }): void {
    if (entry.bytes > this.maxBytes * PROBATION_SHARE) return;
    this.probation.set(key, entry);
    this.probationBytes += entry.bytes;
    for (const [oldKey, old] of this.probation) {
      if (this.probationBytes <= this.maxBytes * PROBATION_SHARE) break;
      this.probation.delete(oldKey);
      this.probationBytes -= old.bytes;
    }
  }

  delete(key: string): void {
    const cold = this.probation.get(key);
    if (cold) {
      this.probation.delete(key);
      this.probationBytes -= cold.bytes;
    }
    const hot = this.protectedEntries.get(key);
    if (hot) {
      this.protectedEntries.delete(key);
      this.protectedBytes -= hot.bytes;
    }
  }

  clear(): void {
    this.probation.clear();
    this.protectedEntries.clear();
    this.probationBytes = 0;
    this.protectedBytes = 0;
  }

  get bytes(): number {
    return this.probationBytes + this.protectedBytes;
  }

  has(key: string): boolean {
    return this.probation.has(key) || this.protectedEntries.has(key);
  }
}
