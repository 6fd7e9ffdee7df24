import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InvitationAccept } from './invitation-accept';

const invitation = { email: 'irina@region.ru', name: 'Ирина Петрова', role: 'coordinator' } as const;

function renderAccept() {
  const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
  vi.stubGlobal('fetch', fetchMock);
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  const router = createMemoryRouter(
    [{ path: '/invite/:token', element: <InvitationAccept token="token-abc" invitation={invitation} /> }],
    { initialEntries: ['/invite/token-abc'] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  const submit = (password: string, confirmation: string) => {
    fireEvent.change(screen.getByLabelText('Новый пароль'), { target: { value: password } });
    fireEvent.change(screen.getByLabelText('Повторите новый пароль'), { target: { value: confirmation } });
    fireEvent.click(screen.getByRole('button', { name: 'Активировать учётную запись' }));
  };
  return { fetchMock, submit };
}

describe('InvitationAccept', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows whom the invitation is for', () => {
    renderAccept();
    expect(screen.getByText('Ирина Петрова')).toBeInTheDocument();
    expect(screen.getByText('irina@region.ru')).toBeInTheDocument();
    expect(screen.getByText('Региональный координатор')).toBeInTheDocument();
  });

  it('refuses a confirmation that differs from the password without asking the API', async () => {
    const { submit, fetchMock } = renderAccept();
    submit('long enough password', 'long enough passw0rd');

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Пароли не совпадают');
    expect(screen.getByLabelText('Повторите новый пароль')).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('refuses a password shorter than 10 characters', async () => {
    const { submit, fetchMock } = renderAccept();
    submit('short', 'short');
    expect(await screen.findByRole('alert')).toHaveTextContent('Пароль — не короче 10 символов');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('activates the account with a matching password and offers to sign in', async () => {
    const { submit, fetchMock } = renderAccept();
    submit('long enough password', 'long enough password');

    expect(await screen.findByText('Учётная запись активирована')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Войти' })).toHaveAttribute('href', '/login');
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/accounts/invitations/token-abc/accept');
    expect(JSON.parse(String(init.body))).toEqual({ password: 'long enough password' });
  });
});
