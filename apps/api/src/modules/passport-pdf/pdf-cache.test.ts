import { describe, expect, it } from 'vitest';
import { PdfCache } from './pdf-cache';

describe('the PDF cache', () => {
  it('makes each key once, even for simultaneous requests', async () => {
    const cache = new PdfCache<string>(2);
    let made = 0;
    const make = async () => `pdf ${++made}`;
    const [a, b] = await Promise.all([cache.get('k', make), cache.get('k', make)]);
    expect([a, b, made]).toEqual(['pdf 1', 'pdf 1', 1]);
  });

  it('forgets the least recently used past its size', async () => {
    const cache = new PdfCache<string>(2);
    await cache.get('a', async () => 'a1');
    await cache.get('b', async () => 'b1');
    await cache.get('a', async () => 'a2'); // a is now the most recent
    await cache.get('c', async () => 'c1'); // b goes
    expect(await cache.get('a', async () => 'a3')).toBe('a1');
    expect(await cache.get('b', async () => 'b2')).toBe('b2');
  });

  it('does not keep a failure', async () => {
    const cache = new PdfCache<string>(2);
    await expect(cache.get('k', () => Promise.reject(new Error('font')))).rejects.toThrow('font');
    expect(await cache.get('k', async () => 'ok')).toBe('ok');
  });
});
