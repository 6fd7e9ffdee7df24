import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { fieldErrors, problemErrors } from './form-errors';

const offline = 'Нет связи с сервером.';
const invalid = (...errors: { field: string; message: string }[]) =>
  new ApiError({ type: '/problems/validation-error', title: 'Ошибка', status: 400, errors });

describe('a failed request in a form', () => {
  it('puts body field errors beside their fields and the rest in the summary', () => {
    const error = invalid({ field: 'body.endsOn', message: 'Окончание раньше начала' });
    expect(problemErrors(error, { endsOn: 'c-ends' }, offline)).toEqual({
      fields: { endsOn: 'Окончание раньше начала' },
      summary: [{ fieldId: 'c-ends', message: 'Окончание раньше начала' }],
    });
    const conflict = new ApiError({
      type: '/problems/x',
      title: 'Конфликт',
      status: 409,
      detail: 'Приём закрыт',
    });
    expect(problemErrors(conflict, {}, offline).summary).toEqual([{ message: 'Приём закрыт' }]);
  });

  it('keeps the first message per field and lists one no field shows as a plain line', () => {
    const error = invalid(
      { field: 'body.startedOn', message: 'первое' },
      { field: 'body.startedOn', message: 'второе' },
      { field: 'body.revision', message: 'ревизия' },
    );
    expect(problemErrors(error, { startedOn: 'a-start' }, offline)).toEqual({
      fields: { startedOn: 'первое' },
      summary: [{ fieldId: 'a-start', message: 'первое' }, { message: 'ревизия' }],
    });
  });

  it('gives an error inside a list field to that field', () => {
    const error = invalid({ field: 'body.expertIds.1', message: 'Эксперт из региона практики' });
    expect(problemErrors(error, { expertIds: 'experts' }, offline).fields).toEqual({
      expertIds: 'Эксперт из региона практики',
    });
  });

  it('maps nested paths through a function, keyed by path', () => {
    const error = invalid({ field: 'body.results.0.year', message: 'Год — число' });
    const ids = (path: string) => (path.startsWith('results.') ? `r-${path}` : undefined);
    expect(problemErrors(error, ids, offline)).toEqual({
      fields: { 'results.0.year': 'Год — число' },
      summary: [{ fieldId: 'r-results.0.year', message: 'Год — число' }],
    });
  });

  it('says the server could not be reached when there is no answer', () => {
    expect(problemErrors(new TypeError('fetch failed'), {}, offline).summary).toEqual([{ message: offline }]);
  });
});

describe("the form's own checks", () => {
  it('lists messages in the order of the fields', () => {
    expect(
      fieldErrors({ confirm: 'не совпадает', password: 'короткий' }, { password: 'p', confirm: 'c' }),
    ).toEqual({
      fields: { confirm: 'не совпадает', password: 'короткий' },
      summary: [
        { fieldId: 'p', message: 'короткий' },
        { fieldId: 'c', message: 'не совпадает' },
      ],
    });
  });
});
