import { HIGHLIGHT_END, HIGHLIGHT_START } from '@registry/contracts/practices';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HighlightedText } from './highlighted-text';

const S = HIGHLIGHT_START;
const E = HIGHLIGHT_END;

describe('HighlightedText', () => {
  it('wraps the words the API marked in <mark>, and only those', () => {
    const { container } = render(
      <p>
        <HighlightedText text={`Школа ${S}замещающих${E} ${S}родителей${E} в Тюмени`} />
      </p>,
    );
    const marks = [...container.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(['замещающих', 'родителей']);
    expect(container.textContent).toBe('Школа замещающих родителей в Тюмени');
  });

  it('shows markup inside a practice text as text, never as HTML', () => {
    const { container } = render(
      <p>
        <HighlightedText text={`<b>x</b> и ${S}<img src=x onerror=alert(1)>${E}`} />
      </p>,
    );
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('<b>x</b> и <img src=x onerror=alert(1)>');
    expect(container.querySelector('mark')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('leaves a snippet without marks as plain text', () => {
    const { container } = render(
      <p>
        <HighlightedText text="Без совпадений" />
      </p>,
    );
    expect(container.querySelector('mark')).toBeNull();
    expect(container.textContent).toBe('Без совпадений');
  });
});
