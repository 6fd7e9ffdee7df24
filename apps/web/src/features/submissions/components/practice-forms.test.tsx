// The practice's small forms: each refuses in the contract's words (or its own, where it always
// had them) on its field, before anything is sent.
import { PracticeSlugSchema } from '@registry/contracts/practice-passport';
import type { ManagedPractice } from '@registry/contracts/submissions';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { referenceKeys } from '../../../lib/reference-queries';
import { renderForm } from '../../../test/render-form';
import { ActionPanel } from './action-panel';
import { CreatePractice } from './create-practice';
import { SlugRow } from './slug-form';

const practice = {
  id: 5,
  status: 'published',
  revision: 3,
  passport: { slug: 'semya-ryadom', title: 'Семья рядом' },
  slugAuto: false,
  canEditSlug: true,
  allowedActions: ['archive'],
} as unknown as ManagedPractice;

const region = (code: string, nameRu: string) => ({
  code,
  nameRu,
  nameEn: nameRu,
  district: { code: 'URFD', nameRu: 'Уральский' },
  practiceCount: 0,
});

describe('practice forms', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("SlugRow refuses an address with capitals in the contract's words, beside the field", async () => {
    const { fetchMock } = renderForm(<SlugRow practice={practice} />);
    fireEvent.click(screen.getByRole('button', { name: 'Изменить адрес' }));
    fireEvent.change(screen.getByLabelText('Адрес страницы'), { target: { value: ' Semya ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить адрес' }));

    const summary = await screen.findByRole('alert');
    const words = PracticeSlugSchema.safeParse('Semya').error?.issues[0]?.message ?? '';
    expect(within(summary).getByRole('link', { name: words })).toHaveAttribute('href', '#field-slug');
    expect(screen.getByLabelText('Адрес страницы')).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('CreatePractice asks for the region in its own words, and refuses a code the contract does not know', async () => {
    const { fetchMock } = renderForm(<CreatePractice chooseRegion />, {
      cache: [[referenceKeys.regions(), { items: [region('72', 'Тюменская область'), region('x', 'Нет')] }]],
    });
    const select = screen.getByLabelText('Регион новой практики');
    fireEvent.click(screen.getByRole('button', { name: 'Создать практику' }));
    await waitFor(() => expect(select).toHaveAccessibleDescription('Ошибка: Выберите регион'));
    expect(select).toHaveAttribute('aria-invalid', 'true');

    fireEvent.change(select, { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Создать практику' }));
    await waitFor(() =>
      expect(select).toHaveAccessibleDescription('Ошибка: Код региона — две цифры, например 72'),
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("ActionPanel asks for a reason in its own words and refuses a long one in the contract's", async () => {
    const { fetchMock } = renderForm(<ActionPanel practice={practice} />);
    fireEvent.click(screen.getByRole('button', { name: 'Перенести в архив' }));
    const reason = screen.getByLabelText('Причина переноса в архив');
    fireEvent.click(screen.getByRole('button', { name: 'Перенести в архив' }));
    await waitFor(() => expect(reason).toHaveAccessibleDescription('Ошибка: Напишите комментарий'));

    fireEvent.change(reason, { target: { value: 'я'.repeat(5001) } });
    fireEvent.click(screen.getByRole('button', { name: 'Перенести в архив' }));
    await waitFor(() => expect(reason).toHaveAccessibleDescription(expect.stringMatching(/^Ошибка: .*5000/)));
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
