import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { referenceKeys } from '../../../lib/reference-queries';
import { problemAnswer, renderForm } from '../../../test/render-form';
import { AccountRoleForm } from './account-role-form';

const account = {
  id: 7,
  email: 'ivan@region.ru',
  name: 'Иван Смирнов',
  role: 'moderator',
  region: null,
  status: 'active',
  totpEnabled: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  resetRequestedAt: null,
} as const;

const renderRoleForm = (answer?: () => Response) =>
  renderForm(<AccountRoleForm account={account} onClose={() => {}} />, {
    cache: [[referenceKeys.regions(), { items: [] }]],
    ...(answer ? { answer } : {}),
  });

describe('AccountRoleForm', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for a region when the role becomes coordinator, without asking the API', async () => {
    const { fetchMock } = renderRoleForm();
    fireEvent.change(screen.getByLabelText('Роль'), { target: { value: 'coordinator' } });
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Не удалось изменить роль');
    expect(screen.getByRole('link', { name: 'Выберите регион координатора' })).toHaveAttribute(
      'href',
      '#change-region',
    );
    expect(screen.getByLabelText('Регион')).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("puts the API's refusal beside the role and sends the role with no region", async () => {
    const { fetchMock } = renderRoleForm(() =>
      problemAnswer([{ field: 'body.role', message: 'Нельзя понизить последнего администратора' }]),
    );
    fireEvent.change(screen.getByLabelText('Роль'), { target: { value: 'admin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить' }));

    await screen.findByRole('alert');
    expect(screen.getByLabelText('Роль')).toHaveAccessibleDescription(
      'Ошибка: Нельзя понизить последнего администратора',
    );
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(String(init.body))).toEqual({ role: 'admin', regionCode: null });
  });
});
