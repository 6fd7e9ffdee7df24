import { describe, expect, it } from 'vitest';
import { SegmentedCache } from './segmented-cache';

const make = () => new SegmentedCache<string>(10_000, (value) => value.length);

describe('a byte-bounded cache that prefers what is asked often', () => {
  it('keeps a page asked twice while thousands of one-off questions pass through', () => {
    const cache = make();
    cache.set('hot', 'x'.repeat(1000));
    expect(cache.get('hot')).toBeDefined();
    for (let i = 0; i < 5000; i++) cache.set(`once-${i}`, 'y'.repeat(500));
    expect(cache.get('hot')).toBe('x'.repeat(1000));
    expect(cache.bytes).toBeLessThanOrEqual(10_000);
  });

  it('never holds more bytes than its bound, and lets one-off answers go first', () => {
    const cache = make();
    for (let i = 0; i < 100; i++) cache.set(`k${i}`, 'z'.repeat(300));
    expect(cache.bytes).toBeLessThanOrEqual(2_000);
    expect(cache.get('k0')).toBeUndefined();
    expect(cache.get('k99')).toBeDefined();
  });

  it('moves the least recently used hot entries back to probation when the hot part is full', () => {
    const cache = make();
    for (let i = 0; i < 20; i++) {
      cache.set(`p${i}`, 'w'.repeat(1000));
      cache.get(`p${i}`);
    }
    expect(cache.bytes).toBeLessThanOrEqual(10_000);
    expect(cache.get('p19')).toBeDefined();
    expect(cache.has('p0')).toBe(false);
  });

  it('does not keep an answer larger than the probation segment', () => {
    const cache = make();
    cache.set('huge', 'h'.repeat(5000));
    expect(cache.get('huge')).toBeUndefined();
  });
});
