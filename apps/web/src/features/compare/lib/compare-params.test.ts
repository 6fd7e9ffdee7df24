import { describe, expect, it } from 'vitest';
import { parseCompareParams } from './compare-params';

const parse = (query: string) => parseCompareParams(new URLSearchParams(query));

describe('the practices a comparison URL names', () => {
  it('reads slugs joined by commas, in order', () => {
    expect(parse('practices=b-one,a-two,c-three')).toEqual({
      slugs: ['b-one', 'a-two', 'c-three'],
      invalid: [],
      extra: [],
    });
  });

  it('takes repeated parameters, drops repeats and empty parts', () => {
    expect(parse('practices=aaa,,aaa&practices=bbb').slugs).toEqual(['aaa', 'bbb']);
  });

  it('keeps at most three and says which were left out', () => {
    expect(parse('practices=aaa,bbb,ccc,ddd,eee')).toMatchObject({
      slugs: ['aaa', 'bbb', 'ccc'],
      extra: ['ddd', 'eee'],
    });
  });

  it('sets aside values that cannot be an address', () => {
    expect(parse('practices=aaa,NOPE!,<b>x</b>')).toEqual({
      slugs: ['aaa'],
      invalid: ['NOPE!', '<b>x</b>'],
      extra: [],
    });
  });

  it('is empty without the parameter', () => {
    expect(parse('')).toEqual({ slugs: [], invalid: [], extra: [] });
  });
});
