import { describe, expect, it } from 'vitest';
import { parseOutboxParams } from './outbox-params';

describe('parseOutboxParams', () => {
  it('reads a known status and a positive id from the URL', () => {
    expect(parseOutboxParams(new URLSearchParams('status=failed&before=120'))).toEqual({
      status: 'failed',
      before: 120,
    });
  });

  it('ignores an unknown status and a bad id instead of failing the page', () => {
    expect(parseOutboxParams(new URLSearchParams('status=lost&before=-3'))).toEqual({
      status: undefined,
      before: undefined,
    });
  });
});
