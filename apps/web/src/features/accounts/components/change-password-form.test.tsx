import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderForm } from '../../../test/render-form';
import { ChangePasswordForm } from './change-password-form';

describe('ChangePasswordForm', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("checks every field at once, in the contract's words, before sending", async () => {
    const { fetchMock } = renderForm(<ChangePasswordForm email="ivan@region.ru" onChanged={() => {}} />);
    fireEvent.change(screen.getByLabelText('Новый пароль'), { target: { value: 'short' } });
    fireEvent.click(screen.getByRole('button', { name: 'Сменить пароль' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Не удалось сменить пароль');
    expect(screen.getByRole('link', { name: 'Введите текущий пароль' })).toHaveAttribute(
      'href',
      '#change-current',
    );
    expect(screen.getByLabelText('Новый пароль')).toHaveAccessibleDescription(
      'Ошибка: Пароль — не короче 10 символов',
    );
    expect(screen.getByLabelText('Повторите новый пароль')).toHaveAttribute('aria-invalid', 'true');
    // The summary takes focus in an effect, which may run just after it appears.
    await waitFor(() => expect(summary).toHaveFocus());
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
