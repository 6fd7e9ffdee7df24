import { describe, expect, it } from 'vitest';
import { MaterialFormSchema } from './material-form-schema';

const files = (...list: File[]) => list as unknown as FileList;

describe('the material upload form', () => {
  it('sends the trimmed title, the kind and the chosen file', () => {
    const file = new File(['%PDF-1.4'], 'Пособие.pdf', { type: 'application/pdf' });
    const body = MaterialFormSchema.parse({ title: ' Пособие ', kind: 'guide', file: files(file) });
    expect(body).toEqual({ title: 'Пособие', kind: 'guide', file });
  });

  it('refuses a missing title, a missing file and an empty one, at their fields', () => {
    const noFile = MaterialFormSchema.safeParse({ title: '', kind: 'guide', file: files() });
    expect(noFile.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['title', 'Укажите название материала'],
      ['file', 'Выберите файл'],
    ]);
    const empty = MaterialFormSchema.safeParse({
      title: 'a',
      kind: 'guide',
      file: files(new File([], 'a.pdf')),
    });
    expect(empty.error?.issues[0]?.message).toBe('Файл пуст');
  });
});
