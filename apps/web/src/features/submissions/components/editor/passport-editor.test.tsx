import type { ManagedPractice } from '@registry/contracts/submissions';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PassportEditor } from './passport-editor';

const practice: ManagedPractice = {
  id: 7,
  status: 'draft',
  statusChangedAt: '2026-01-01T00:00:00.000Z',
  revision: 2,
  regionCode: '72',
  regionName: 'Тюменская область',
  passport: { title: 'Школа родителей' },
  missing: ['passport.summary'],
  allowedActions: ['submit'],
  canEdit: true,
  canEditSlug: true,
  slugAuto: true,
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const problem = (status: number, body: object) =>
  new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

describe('PassportEditor', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('stops autosaving and offers to reload when someone saved a newer revision', async () => {
    const fetchMock = vi.fn(async () =>
      problem(409, {
        type: '/problems/stale-revision',
        title: 'Конфликт',
        errors: [{ field: 'body.revision', message: 'Текущая редакция: 3' }],
      }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const onReload = vi.fn(async () => undefined);
    const router = createMemoryRouter(
      [
        {
          path: '/edit',
          element: <PassportEditor initial={practice} latest={practice} onReload={onReload} />,
        },
      ],
      { initialEntries: ['/edit?step=basics'] },
    );
    render(
      <QueryClientProvider client={new QueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );

    fireEvent.change(screen.getByLabelText('Название практики'), {
      target: { value: 'Школа ответственного родительства' },
    });
    await act(() => vi.advanceTimersByTimeAsync(1600));

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(init.body as string)).toEqual({
      revision: 2,
      passport: { title: 'Школа ответственного родительства' },
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Практику изменил другой пользователь');
    expect(screen.getByRole('status')).toHaveTextContent('Не сохранено');

    fireEvent.change(screen.getByLabelText('Название практики'), { target: { value: 'Ещё правка' } });
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(fetchMock).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByRole('button', { name: 'Загрузить последнюю версию' }));
    expect(onReload).toHaveBeenCalled();
  });
});
