import { describe, expect, it } from 'vitest';
import { fieldIdOf, initialState, toBody } from './form-state';

describe('the declaration form', () => {
  it('sends empty dates as null and numbers written the Russian way as numbers', () => {
    const state = {
      ...initialState(null),
      contactName: 'Ирина',
      results: [{ name: ' Семей ', unit: 'семей', baseline: '', achieved: '1 200,5', year: '2026' }],
    };
    expect(toBody(state)).toEqual({
      status: 'planning',
      startedOn: null,
      finishedOn: null,
      narrative: '',
      contact: { name: 'Ирина', email: '', phone: '' },
      results: [{ name: 'Семей', unit: 'семей', baseline: null, achieved: 1200.5, year: 2026 }],
    });
  });

  it('sends text that is not a number as it is, so the API can name the field', () => {
    const state = {
      ...initialState(null),
      results: [{ name: 'x', unit: '', baseline: 'много', achieved: '', year: '' }],
    };
    expect(toBody(state).results[0]?.baseline).toBe('много');
  });

  it.each([
    ['body.finishedOn', 'adoption-finishedOn'],
    ['body.contact.email', 'adoption-contactEmail'],
    ['body.results.0.achieved', 'adoption-result-0-achieved'],
    ['body.regionCode', 'adoption-regionCode'],
    ['body.revision', undefined],
  ])('maps the API field %s to the control %s', (field, id) => {
    expect(fieldIdOf(field)).toBe(id);
  });
});
