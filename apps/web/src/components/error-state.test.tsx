import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../lib/api-error';
import { ErrorState } from './error-state';

describe('ErrorState', () => {
  it("shows the problem's title and detail in the API's own words", () => {
    const error = new ApiError({
      type: '/problems/region-not-found',
      title: 'Не найдено',
      status: 404,
      detail: 'Регион с кодом 99 не найден',
    });
    render(<ErrorState error={error} />);
    expect(screen.getByRole('heading', { name: 'Не найдено' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Регион с кодом 99 не найден');
  });

  it('does not show a proxy status phrase as if it were our message', () => {
    const error = new ApiError({ type: 'about:blank', title: 'Bad Gateway', status: 502 });
    render(<ErrorState error={error} />);
    expect(screen.getByRole('heading', { name: 'Не удалось загрузить данные' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Сервер ответил с кодом 502');
    expect(screen.queryByText('Bad Gateway')).toBeNull();
  });

  it('suggests checking the connection when the request never reached the API', () => {
    render(<ErrorState error={new TypeError('Failed to fetch')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Проверьте подключение к интернету');
  });

  it('offers a retry that calls back', () => {
    const onRetry = vi.fn();
    render(<ErrorState error={new TypeError('Failed to fetch')} onRetry={onRetry} />);
    fireEvent.click(screen.getByRole('button', { name: 'Попробовать снова' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});
