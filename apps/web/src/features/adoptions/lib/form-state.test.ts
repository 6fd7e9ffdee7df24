import { describe, expect, it } from 'vitest';
import { AdoptionFormSchema, fieldIdOf, initialValues } from './form-state';

describe('the declaration form', () => {
  it('sends empty dates as null and numbers written the Russian way as numbers', () => {
    const values = {
      ...initialValues(null),
      contact: { name: 'Ирина', email: '', phone: '' },
      results: [{ name: ' Семей ', unit: 'семей', baseline: '', achieved: '1 200,5', year: '2026' }],
    };
    expect(AdoptionFormSchema.parse(values)).toEqual({
      regionCode: '',
      status: 'planning',
      startedOn: null,
      finishedOn: null,
      narrative: '',
      contact: { name: 'Ирина', email: '', phone: '' },
      results: [{ name: 'Семей', unit: 'семей', baseline: null, achieved: 1200.5, year: 2026 }],
    });
  });

  it("refuses text that is not a number at its field, in the contract's words", () => {
    const values = {
      ...initialValues(null),
      contact: { name: 'Ирина', email: '', phone: '' },
      results: [{ name: 'x', unit: '', baseline: 'много', achieved: '', year: '' }],
    };
    const result = AdoptionFormSchema.safeParse(values);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['results.0.baseline', 'Введите число'],
    ]);
  });

  it.each([
    ['body.finishedOn', 'adoption-finishedOn'],
    ['body.contact.email', 'adoption-contactEmail'],
    ['body.results.0.achieved', 'adoption-result-0-achieved'],
    ['body.regionCode', 'adoption-regionCode'],
    ['body.revision', undefined],
    ['contact.name', 'adoption-contactName'],
  ])('maps the API field %s to the control %s', (field, id) => {
    expect(fieldIdOf(field)).toBe(id);
  });
});
