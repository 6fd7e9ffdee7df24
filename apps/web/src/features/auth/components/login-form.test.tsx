import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoginForm } from './login-form';

const problem = (status: number, body: Record<string, unknown>) =>
  new Response(JSON.stringify({ type: '/problems/x', title: 'Ошибка', status, ...body }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

function renderForm(answer: Response) {
  const fetchMock = vi.fn(async () => answer);
  vi.stubGlobal('fetch', fetchMock);
  const onSignedIn = vi.fn();
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <LoginForm onSignedIn={onSignedIn} />
    </QueryClientProvider>,
  );
  const submit = (email: string, password: string) => {
    fireEvent.change(screen.getByLabelText('Адрес электронной почты'), { target: { value: email } });
    fireEvent.change(screen.getByLabelText('Пароль'), { target: { value: password } });
    fireEvent.click(screen.getByRole('button', { name: 'Войти' }));
  };
  return { fetchMock, onSignedIn, submit };
}

describe('LoginForm', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("shows each field's error from a 400 problem beside the field and in the summary", async () => {
    const { submit, onSignedIn } = renderForm(
      problem(400, {
        errors: [
          { field: 'body.email', message: 'Укажите адрес электронной почты' },
          { field: 'body.password', message: 'Введите пароль' },
        ],
      }),
    );
    submit('not-an-address', '');

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Не удалось войти');
    expect(screen.getByRole('link', { name: 'Укажите адрес электронной почты' })).toHaveAttribute(
      'href',
      '#login-email',
    );
    const email = screen.getByLabelText('Адрес электронной почты');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Ошибка: Укажите адрес электронной почты');
    expect(screen.getByLabelText('Пароль')).toHaveAccessibleDescription('Ошибка: Введите пароль');
    expect(summary).toHaveFocus();
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it("shows the API's one message for bad credentials (401) in the summary, not on a field", async () => {
    const { submit, fetchMock } = renderForm(
      problem(401, { detail: 'Неверный адрес электронной почты или пароль' }),
    );
    submit('  anna@example.ru ', 'wrong-password');

    expect(await screen.findByRole('alert')).toHaveTextContent('Неверный адрес электронной почты или пароль');
    expect(screen.getByLabelText('Адрес электронной почты')).not.toHaveAttribute('aria-invalid');
    expect(fetchMock).toHaveBeenCalledOnce();
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/auth/login');
    expect(JSON.parse(String(init.body))).toEqual({ email: 'anna@example.ru', password: 'wrong-password' });
  });

  it('asks for the authenticator code after a totp-required problem and sends it with the next submit', async () => {
    const { submit, fetchMock } = renderForm(
      problem(401, {
        type: '/problems/totp-required',
        detail: 'Введите код из приложения-аутентификатора',
        errors: [{ field: 'body.totpCode', message: 'Введите шестизначный код' }],
      }),
    );
    submit('anna@example.ru', 'right-password');

    const code = await screen.findByLabelText('Код из приложения');
    expect(code).toHaveAttribute('inputmode', 'numeric');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    // Asking for the code is the next step, not a failure.
    expect(screen.queryByRole('alert')).toBeNull();

    fetchMock.mockResolvedValueOnce(problem(401, { type: '/problems/totp-invalid', detail: 'Неверный код' }));
    fireEvent.change(code, { target: { value: '123 456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Войти' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Неверный код');
    const [, init] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
    expect(JSON.parse(String(init.body))).toEqual({
      email: 'anna@example.ru',
      password: 'right-password',
      totpCode: '123456',
    });
  });

  it('hands the session over once signed in', async () => {
    const info = {
      user: { id: 1, email: 'anna@example.ru', name: 'Анна', role: 'admin', region: null },
      csrfToken: 'token-1',
    };
    const { submit, onSignedIn } = renderForm(
      new Response(JSON.stringify(info), { status: 200, headers: { 'content-type': 'application/json' } }),
    );
    submit('anna@example.ru', 'right-password');
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
    expect(onSignedIn.mock.calls[0]?.[0]).toEqual(info);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
