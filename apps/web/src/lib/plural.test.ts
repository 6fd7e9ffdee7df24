import { describe, expect, it } from 'vitest';
import { pluralRu } from './plural';

const forms = ['регион', 'региона', 'регионов'] as const;

describe('pluralRu', () => {
  it.each([
    [1, 'регион'],
    [21, 'регион'],
    [2, 'региона'],
    [4, 'региона'],
    [22, 'региона'],
    [5, 'регионов'],
    [11, 'регионов'],
    [12, 'регионов'],
    [89, 'регионов'],
  ])('%i → %s', (count, expected) => {
    expect(pluralRu(count, forms)).toBe(expected);
  });
});
