import { describe, expect, it } from 'vitest';
import { detectFormat, fileNameProblem, nameMatches } from './material-format';
import { cfbWith, docm, docx, exe, odt, pdf, plainZip, png } from './materials.test-support';

describe('the format is read from the content', () => {
  it.each([
    ['PDF', pdf(), 'pdf'],
    ['DOCX by its [Content_Types].xml', docx(), 'docx'],
    ['ODT by its mimetype entry', odt(), 'odt'],
    ['DOC by its WordDocument stream', cfbWith('WordDocument'), 'doc'],
    ['XLS by its Workbook stream', cfbWith('Workbook'), 'xls'],
    ['PPT by its PowerPoint Document stream', cfbWith('PowerPoint Document'), 'ppt'],
    ['PNG', png(), 'png'],
  ])('%s', async (_, bytes, format) => {
    expect(await detectFormat(bytes)).toEqual({ ok: true, format });
  });

  it('refuses programs, whatever they are called', async () => {
    expect(await detectFormat(exe())).toMatchObject({ ok: false, reason: 'executable' });
    expect(await detectFormat(Buffer.from('#!/bin/sh\nrm -rf /\n'))).toMatchObject({ reason: 'executable' });
    expect(await detectFormat(Buffer.from('\x7fELF\x02\x01\x01\x00', 'latin1'))).toMatchObject({
      reason: 'executable',
    });
  });

  it('refuses containers that are not documents: a macro-enabled DOCM, a plain ZIP, an installer-like CFB', async () => {
    expect(await detectFormat(docm())).toMatchObject({ ok: false, reason: 'unsupported', found: 'docm' });
    expect(await detectFormat(plainZip())).toMatchObject({ ok: false, reason: 'unsupported' });
    expect(await detectFormat(cfbWith('SummaryInformation'))).toMatchObject({ ok: false, found: 'CFB' });
    expect(await detectFormat(Buffer.from('просто текст'))).toMatchObject({
      ok: false,
      reason: 'unsupported',
    });
  });

  it('knows which name endings may carry a format', () => {
    expect(nameMatches('Пособие.PDF', 'pdf')).toBe(true);
    expect(nameMatches('фото.jpeg', 'jpg')).toBe(true);
    expect(nameMatches('отчёт.pdf', 'docx')).toBe(false);
    expect(nameMatches('без-расширения', 'pdf')).toBe(false);
  });

  it.each([
    ['../../etc/passwd.pdf', '«/»'],
    ['C:\\Users\\a.pdf', '«/»'],
    ['отчёт\u0000.pdf', 'управляющие'],
    ['отчёт\n.pdf', 'управляющие'],
    ['fdp.\u202eexe', 'управляющие'],
    ['   ', 'нет имени'],
  ])('refuses the file name %j', (name, words) => {
    expect(fileNameProblem(name)).toContain(words);
  });

  it('accepts an ordinary Russian file name', () => {
    expect(fileNameProblem('Методическое пособие (2025), ред. 2.pdf')).toBeNull();
  });
});
