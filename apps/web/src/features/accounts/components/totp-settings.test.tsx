import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderForm } from '../../../test/render-form';
import { accountKeys } from '../api/account-keys';
import { TotpSettings } from './totp-settings';

const renderEnabled = () =>
  renderForm(<TotpSettings />, {
    answer: () => new Response(JSON.stringify({ totpEnabled: false })),
    cache: [[accountKeys.totp(), { totpEnabled: true, requiredForRole: false }]],
  });

describe('TotpSettings', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("refuses a code that is not six digits in the contract's words, beside the field", async () => {
    const { fetchMock } = renderEnabled();
    fireEvent.change(screen.getByLabelText('Код из приложения'), { target: { value: '12345' } });
    fireEvent.click(screen.getByRole('button', { name: 'Отключить' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Не удалось изменить настройку входа');
    const code = screen.getByLabelText('Код из приложения');
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveAccessibleDescription('Ошибка: Код — шесть цифр из приложения-аутентификатора');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends a code typed with spaces without them', async () => {
    const { fetchMock } = renderEnabled();
    fireEvent.change(screen.getByLabelText('Код из приложения'), { target: { value: '123 456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Отключить' }));

    // The first request is the toggle; the state is asked again after it.
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/accounts/me/totp/disable');
    expect(JSON.parse(String(init.body))).toEqual({ code: '123456' });
  });
});
