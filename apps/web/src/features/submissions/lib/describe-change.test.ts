import { describe, expect, it } from 'vitest';
import { describeValue } from './describe-change';

describe('describing a changed passport value', () => {
  it('reads plain values, empty ones as a dash', () => {
    expect(describeValue('Центр «Семья»')).toBe('Центр «Семья»');
    expect(describeValue(2022)).toBe('2022');
    expect(describeValue(true)).toBe('да');
    expect(describeValue(null)).toBe('—');
    expect(describeValue('')).toBe('—');
    expect(describeValue([])).toBe('—');
  });

  it('reads an indicator as baseline → achieved with unit and year', () => {
    expect(
      describeValue([
        { name: 'Семьи, прошедшие курс', unit: 'семей', baseline: 0, achieved: 120, year: 2024 },
      ]),
    ).toBe('Семьи, прошедшие курс: 0 → 120 семей (2024)');
  });

  it('names the parts of nested records in Russian and skips empty ones', () => {
    expect(describeValue({ staff: 'Два психолога', budget: '', duration: '8 недель' })).toBe(
      'кадры: Два психолога, срок: 8 недель',
    );
    expect(describeValue(['family', 'children'])).toBe('family; children');
  });
});
