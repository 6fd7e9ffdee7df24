import { describe, expect, it } from 'vitest';
import { conflictingFields, mergeChoices, sameValue } from './conflict';

const base = {
  title: 'Название',
  goals: 'Цели',
  problem: 'Проблема',
  resources: { staff: 'a', budget: '', duration: '' },
};
const saved = { ...base, goals: 'Цели из другой вкладки', problem: 'Проблема (правка коллеги)' };

describe('a save that met a newer revision', () => {
  it('names only the fields both sides changed, differently', () => {
    const unsaved = { goals: 'Мои цели', title: 'Моё название', problem: 'Проблема (правка коллеги)' };
    expect(conflictingFields(base, saved, unsaved)).toEqual([
      { field: 'goals', mine: 'Мои цели', saved: 'Цели из другой вкладки' },
    ]);
  });

  it('keeps the person’s choice per field, and takes the saved values of untouched fields', () => {
    const unsaved = { goals: 'Мои цели', title: 'Моё название' };
    const mine = mergeChoices(base, saved, unsaved, { goals: 'mine' });
    expect(mine.values).toMatchObject({ goals: 'Мои цели', title: 'Моё название', problem: saved.problem });
    expect(mine.toSave).toEqual({ goals: 'Мои цели', title: 'Моё название' });
    const theirs = mergeChoices(base, saved, unsaved, { goals: 'saved' });
    expect(theirs.values).toMatchObject({ goals: 'Цели из другой вкладки', title: 'Моё название' });
    expect(theirs.toSave).toEqual({ title: 'Моё название' });
  });

  it('compares values, not their spelling: key order and empty forms alike', () => {
    expect(sameValue({ staff: 'a', budget: '' }, { budget: undefined, staff: 'a' })).toBe(true);
    expect(sameValue([], undefined)).toBe(true);
    expect(sameValue('a', 'b')).toBe(false);
  });
});
