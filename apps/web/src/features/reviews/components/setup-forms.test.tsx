// The rubric and the expert's conflicts of interest: each refuses in the contract's words on its
// field before anything is sent.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderForm } from '../../../test/render-form';
import { reviewKeys } from '../api/review-keys';
import { ConflictsManager } from './conflicts-manager';
import { RubricEditor } from './rubric-editor';

const criterion = (id: number, code: string, nameRu: string) => ({
  id,
  code,
  nameRu,
  descriptionRu: '',
  weight: 1,
  sortOrder: id,
  active: true,
});

describe('review set-up forms', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("RubricEditor refuses an empty name and a weight out of range in the contract's words, on their fields", async () => {
    const { fetchMock } = renderForm(<RubricEditor />, {
      cache: [
        [
          reviewKeys.rubric(),
          {
            code: 'r',
            nameRu: 'Рубрика',
            criteria: [criterion(1, 'effect', 'Результативность'), criterion(2, 'cost', 'Затраты')],
          },
        ],
      ],
    });
    const [, cost] = screen.getAllByRole('group');
    if (!cost) throw new Error('no second criterion');
    fireEvent.change(within(cost).getByLabelText('Название'), { target: { value: '  ' } });
    fireEvent.change(within(cost).getByLabelText('Вес'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить критерии' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Укажите название' })).toHaveAttribute(
      'href',
      '#name-2',
    );
    expect(within(summary).getByRole('link', { name: 'Вес — от 0,1 до 10' })).toHaveAttribute(
      'href',
      '#weight-2',
    );
    expect(screen.getAllByLabelText('Вес')[1]).toHaveAccessibleDescription('Ошибка: Вес — от 0,1 до 10');
    expect(screen.getAllByLabelText('Название')[0]).not.toHaveAttribute('aria-invalid');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('RubricEditor sends every criterion with its weight as a number', async () => {
    const { fetchMock } = renderForm(<RubricEditor />, {
      cache: [
        [
          reviewKeys.rubric(),
          { code: 'r', nameRu: 'Рубрика', criteria: [criterion(1, 'effect', 'Результативность')] },
        ],
      ],
      answer: () => new Response(JSON.stringify({ code: 'r', nameRu: 'Рубрика', criteria: [] })),
    });
    fireEvent.change(screen.getByLabelText('Вес'), { target: { value: '1.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить критерии' }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(String(init.body))).toEqual({
      criteria: [{ id: 1, nameRu: 'Результативность', descriptionRu: '', weight: 1.5, active: true }],
    });
  });

  it("ConflictsManager refuses a one-letter organisation in the contract's words, beside the field", async () => {
    const { fetchMock } = renderForm(<ConflictsManager />, {
      cache: [[reviewKeys.conflicts(), { items: [] }]],
    });
    fireEvent.change(screen.getByLabelText('Организация'), { target: { value: 'А' } });
    fireEvent.click(screen.getByRole('button', { name: 'Добавить' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Не удалось добавить организацию');
    expect(within(summary).getByRole('link', { name: 'Укажите организацию' })).toHaveAttribute(
      'href',
      '#conflict-organisation',
    );
    expect(screen.getByLabelText('Организация')).toHaveAccessibleDescription('Ошибка: Укажите организацию');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
