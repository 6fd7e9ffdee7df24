import { describe, expect, it } from 'vitest';
import { AdoptRequestFormSchema } from './adopt-request-form-schema';

const values = {
  name: ' Ирина ',
  organisation: 'Центр «Исток»',
  regionCode: '66',
  email: ' irina@example.org ',
  phone: '',
  message: 'Хотим внедрить школу приёмных родителей.',
  consent: true,
  website: '',
  formToken: '1.abc',
};

describe('the adopt request form', () => {
  it('sends the contract body: trimmed text, no phone when left empty', () => {
    const body = AdoptRequestFormSchema.parse(values);
    expect(body).toMatchObject({ name: 'Ирина', email: 'irina@example.org', consent: true });
    expect(body.phone).toBeUndefined();
  });

  it('refuses a missing consent and region at their fields', () => {
    const result = AdoptRequestFormSchema.safeParse({ ...values, consent: false, regionCode: '' });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['consent', 'regionCode']);
  });
});
