import { describe, expect, it } from 'vitest';
import { formatDateRange } from './format';

describe('contest dates', () => {
  it('shortens a range within one month', () => {
    expect(formatDateRange('2020-11-06', '2020-11-13')).toBe('6–13 ноября 2020 г.');
  });
  it('spells out a range across months, and a single day', () => {
    expect(formatDateRange('2020-10-30', '2020-11-02')).toBe('30 октября 2020 г. — 2 ноября 2020 г.');
    expect(formatDateRange('2020-11-06', '2020-11-06')).toBe('6 ноября 2020 г.');
  });
});
