import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import { problemFields } from './problem-fields';

describe('problem fields', () => {
  it('puts body field errors beside their fields and the rest in the summary', () => {
    const error = new ApiError({
      type: '/problems/validation-error',
      title: 'Ошибка',
      status: 400,
      errors: [{ field: 'body.endsOn', message: 'Окончание раньше начала' }],
    });
    expect(problemFields(error, { endsOn: 'c-ends' })).toEqual({
      fields: { endsOn: 'Окончание раньше начала' },
      summary: [{ fieldId: 'c-ends', message: 'Окончание раньше начала' }],
    });
    const conflict = new ApiError({
      type: '/problems/x',
      title: 'Конфликт',
      status: 409,
      detail: 'Приём закрыт',
    });
    expect(problemFields(conflict, {}).summary).toEqual([{ message: 'Приём закрыт' }]);
  });
});
