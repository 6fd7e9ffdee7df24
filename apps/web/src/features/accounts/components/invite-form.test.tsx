import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { referenceKeys } from '../../../lib/reference-queries';
import { renderForm } from '../../../test/render-form';
import { InviteForm } from './invite-form';

const regions = {
  items: [
    {
      code: '72',
      nameRu: 'Тюменская область',
      nameEn: 'Tyumen Oblast',
      district: { code: 'URFD', nameRu: 'Уральский' },
      practiceCount: 0,
    },
  ],
};

function renderInvite() {
  const { fetchMock } = renderForm(<InviteForm actorRole="admin" />, {
    cache: [[referenceKeys.regions(), regions]],
  });
  const type = (label: string, value: string) =>
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  const send = () => fireEvent.click(screen.getByRole('button', { name: 'Пригласить' }));
  return { fetchMock, type, send };
}

describe('InviteForm', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("asks for a coordinator's region in its own words before anything else", async () => {
    const { fetchMock, send } = renderInvite();
    send();

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Не удалось пригласить');
    expect(screen.getByRole('link', { name: 'Выберите регион координатора' })).toHaveAttribute(
      'href',
      '#invite-region',
    );
    expect(screen.getByLabelText('Регион')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Имя и фамилия')).not.toHaveAttribute('aria-invalid');
    // The summary takes focus in an effect, which may run just after it appears.
    await waitFor(() => expect(summary).toHaveFocus());
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("refuses a malformed address in the contract's words, beside the field", async () => {
    const { fetchMock, type, send } = renderInvite();
    type('Имя и фамилия', 'Ирина Петрова');
    type('Адрес электронной почты', 'irina@');
    type('Роль', 'moderator');
    send();

    await screen.findByRole('alert');
    const email = screen.getByLabelText('Адрес электронной почты');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Ошибка: Укажите адрес электронной почты');
    expect(screen.queryByLabelText('Регион')).not.toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
