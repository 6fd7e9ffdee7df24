import { describe, expect, it } from 'vitest';
import { countScale, toneOf } from './scale';

describe('the colour scale of the map', () => {
  it('splits 1…max into five whole-number steps, darkest at the top', () => {
    const scale = countScale([0, 3, 50]);
    expect(scale.map((s) => [s.from, s.to, s.tone])).toEqual([
      [1, 10, 1],
      [11, 20, 2],
      [21, 30, 3],
      [31, 40, 4],
      [41, 50, 5],
    ]);
    expect(toneOf(scale, 0)).toBe(0);
    expect(toneOf(scale, 1)).toBe(1);
    expect(toneOf(scale, 50)).toBe(5);
  });

  it('merges empty steps for small maxima and keeps the top tone for the largest value', () => {
    const scale = countScale([0, 1, 2]);
    expect(scale.map((s) => [s.from, s.to, s.tone])).toEqual([
      [1, 1, 4],
      [2, 2, 5],
    ]);
    expect(countScale([0, 0])).toEqual([]);
  });
});
