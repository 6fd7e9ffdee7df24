import { describe, expect, it } from 'vitest';
import { markExcerpt, splitHighlights } from './highlight';

describe('splitHighlights', () => {
  it('splits at the marks and drops them', () => {
    expect(splitHighlights('а \uE000б\uE001 в')).toEqual([
      { text: 'а ', highlighted: false },
      { text: 'б', highlighted: true },
      { text: ' в', highlighted: false },
    ]);
  });
});

describe('markExcerpt', () => {
  it('adds an ellipsis where a snippet was cut mid-sentence', () => {
    expect(markExcerpt('всеобуч для \uE000родителей\uE001. Детям, оставшимся')).toBe(
      '…всеобуч для \uE000родителей\uE001. Детям, оставшимся…',
    );
  });

  it('leaves a snippet that is a whole sentence as it is', () => {
    expect(markExcerpt('\uE000Семья\uE001 — это важно.')).toBe('\uE000Семья\uE001 — это важно.');
  });
});
