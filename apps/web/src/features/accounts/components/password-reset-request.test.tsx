import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderForm } from '../../../test/render-form';
import { PasswordResetRequest } from './password-reset-request';

describe('PasswordResetRequest', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("refuses a malformed address in the contract's words, beside the field", async () => {
    const { fetchMock } = renderForm(<PasswordResetRequest />);
    fireEvent.change(screen.getByLabelText('Адрес электронной почты'), { target: { value: 'ivan' } });
    fireEvent.click(screen.getByRole('button', { name: 'Запросить ссылку' }));

    const summary = await screen.findByRole('alert');
    expect(screen.getByRole('link', { name: 'Укажите адрес электронной почты' })).toHaveAttribute(
      'href',
      '#reset-email',
    );
    expect(screen.getByLabelText('Адрес электронной почты')).toHaveAttribute('aria-invalid', 'true');
    // The summary takes focus in an effect, which may run just after it appears.
    await waitFor(() => expect(summary).toHaveFocus());
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
