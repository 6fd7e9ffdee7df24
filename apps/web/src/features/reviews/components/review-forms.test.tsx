// The moderator's and the expert's small forms: each refuses in the contract's words (or its
// own, where it always had them) on the field, before anything is sent.
import type { ReviewBoard } from '@registry/contracts/reviews';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { referenceKeys } from '../../../lib/reference-queries';
import { renderForm } from '../../../test/render-form';
import { reviewKeys } from '../api/review-keys';
import { AssignForm } from './assign-form';
import { DecisionForm } from './decision-form';
import { DeclineForm } from './decline-form';
import { ReviewForm } from './review-form';

const expert = (id: number, name: string) => ({ id, name, region: null, conflicts: [], refusal: null });

const board = {
  practice: { id: 5, title: 'Семья рядом', revision: 3, evidenceLevel: null },
  decisions: ['recommend', 'publish', 'return_for_revision', 'reject'],
} as unknown as ReviewBoard;

describe('review forms', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('DeclineForm asks for a reason beside the field, without asking the API', async () => {
    const { fetchMock } = renderForm(<DeclineForm assignmentId={9} />);
    fireEvent.change(screen.getByLabelText('Причина отказа'), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Отказаться' }));

    expect(await screen.findByLabelText('Причина отказа')).toHaveAccessibleDescription(
      'Ошибка: Укажите причину отказа',
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("AssignForm refuses too few experts in the contract's words and an empty due day in its own", async () => {
    const { fetchMock } = renderForm(<AssignForm practiceId={5} another={false} expertsInPlay={0} />, {
      cache: [[reviewKeys.experts(5), { items: [expert(11, 'Анна'), expert(12, 'Борис')] }]],
    });
    fireEvent.click(screen.getByLabelText('Анна'));
    fireEvent.change(screen.getByLabelText('Срок экспертизы'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Назначить' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Не удалось назначить экспертов');
    expect(
      within(summary).getByRole('link', {
        name: 'Выберите не меньше 2 экспертов: экспертизу проводят минимум двое',
      }),
    ).toHaveAttribute('href', '#expert-11');
    expect(within(summary).getByRole('link', { name: 'Укажите срок' })).toHaveAttribute(
      'href',
      '#assign-due',
    );
    // The summary takes focus in an effect, which may run just after it appears.
    await waitFor(() => expect(summary).toHaveFocus());
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("DecisionForm refuses a short justification in the contract's words, before any dialog", async () => {
    const { fetchMock } = renderForm(<DecisionForm board={board} />, {
      cache: [[referenceKeys.evidenceLevels(), { items: [] }]],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Принять решение' }));
    expect(
      within(await screen.findByRole('alert')).getByRole('link', { name: 'Выберите решение' }),
    ).toHaveAttribute('href', '#decision-recommend');

    fireEvent.click(screen.getByLabelText('Отклонить'));
    fireEvent.change(screen.getByLabelText('Обоснование'), { target: { value: 'Нет' } });
    fireEvent.click(screen.getByRole('button', { name: 'Принять решение' }));

    const reason = 'Напишите причину для региона (не короче 10 символов)';
    expect(await screen.findByRole('link', { name: reason })).toHaveAttribute(
      'href',
      '#decision-justification',
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('ReviewForm asks for each missing score and the recommendation beside their fields', async () => {
    const criteria = [
      {
        id: 1,
        code: 'effect',
        nameRu: 'Результативность',
        descriptionRu: '',
        weight: 1,
        sortOrder: 1,
        active: true,
      },
      { id: 2, code: 'cost', nameRu: 'Затраты', descriptionRu: '', weight: 1, sortOrder: 2, active: true },
    ];
    const { fetchMock } = renderForm(<ReviewForm assignmentId={9} criteria={criteria} />, {
      cache: [[referenceKeys.evidenceLevels(), { items: [] }]],
    });
    // The first criterion scored, the second left out.
    const [first] = screen.getAllByRole('radio', { name: '4' });
    if (first) fireEvent.click(first);
    fireEvent.click(screen.getByRole('button', { name: 'Отправить оценку' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Поставьте оценку по критерию «Затраты»' }),
    ).toHaveAttribute('href', '#score-cost');
    expect(within(summary).queryByText(/Результативность/)).not.toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Выберите итоговую рекомендацию' })).toHaveAttribute(
      'href',
      '#recommendation-recommend',
    );
    expect(screen.getByRole('group', { name: 'Затраты' })).toHaveTextContent(
      'Ошибка: Поставьте оценку по критерию «Затраты»',
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
