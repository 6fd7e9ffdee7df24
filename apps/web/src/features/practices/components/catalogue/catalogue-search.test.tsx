import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CatalogueSearch } from './catalogue-search';

describe('CatalogueSearch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const box = () => screen.getByRole('searchbox', { name: 'Поиск по практикам' });

  it('searches once the typing pauses, replacing the history entry', () => {
    const onSearch = vi.fn();
    render(<CatalogueSearch q="" onSearch={onSearch} />);
    fireEvent.change(box(), { target: { value: 'сем' } });
    act(() => vi.advanceTimersByTime(200));
    fireEvent.change(box(), { target: { value: 'семья ' } });
    act(() => vi.advanceTimersByTime(299));
    expect(onSearch).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(onSearch).toHaveBeenCalledExactlyOnceWith('семья', { replace: true });
  });

  it('makes a history entry of its own when the form is submitted', () => {
    const onSearch = vi.fn();
    render(<CatalogueSearch q="" onSearch={onSearch} />);
    fireEvent.change(box(), { target: { value: 'наставничество' } });
    fireEvent.submit(box());
    expect(onSearch).toHaveBeenCalledExactlyOnceWith('наставничество', { replace: false });
    act(() => vi.advanceTimersByTime(1000));
    expect(onSearch).toHaveBeenCalledOnce();
  });

  it('follows the URL when the query changes elsewhere (Back, a removed chip)', () => {
    const onSearch = vi.fn();
    const { rerender } = render(<CatalogueSearch q="семья" onSearch={onSearch} />);
    expect(box()).toHaveValue('семья');
    rerender(<CatalogueSearch q="" onSearch={onSearch} />);
    expect(box()).toHaveValue('');
    act(() => vi.advanceTimersByTime(1000));
    expect(onSearch).not.toHaveBeenCalled();
  });
});
