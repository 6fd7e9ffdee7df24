import { describe, expect, it } from 'vitest';
import { toTextBlocks } from './text-blocks';

describe('toTextBlocks', () => {
  it('keeps the author’s line breaks as paragraphs and numbered lines as one list', () => {
    const blocks = toTextBlocks('Работа строится по этапам.\n1. Подготовка.\n2. Сопровождение.\n\nИтог.');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Работа строится по этапам.' },
      { kind: 'list', ordered: true, start: 1, items: ['Подготовка.', 'Сопровождение.'] },
      { kind: 'paragraph', text: 'Итог.' },
    ]);
  });

  it('turns dashed lines into a bulleted list', () => {
    expect(toTextBlocks('- один\n- два')).toEqual([
      { kind: 'list', ordered: false, start: 1, items: ['один', 'два'] },
    ]);
  });
});
