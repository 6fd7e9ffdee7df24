// The nomination's small forms: each refuses in the contract's words on its field before
// anything is sent, and what only the API knows lands on the same field.
import { ScoreBodySchema, type StaffNomination } from '@registry/contracts/contests-staff';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { problemAnswer, renderForm } from '../../../test/render-form';
import { EnterPractice } from './enter-practice';
import { ExpertsPanel } from './experts-panel';
import { RankedEntries } from './ranked-entries';
import { ScoreForm } from './score-form';

const person = (id: number, name: string) => ({
  id,
  name,
  email: `${name}@example.org`,
  region: null,
  ownRegionEntries: [],
});
const entry = {
  id: 7,
  practiceId: 3,
  practice: {
    id: 3,
    slug: 'semya-ryadom',
    title: 'Семья рядом',
    region: { code: '72', nameRu: 'Тюменская' },
  },
  enteredAt: '2027-01-10T09:00:00Z',
  award: 'winner',
  scores: [],
  averageScore: null,
  rank: 1,
  canScore: true,
};
const nomination = {
  id: 4,
  slug: 'semya',
  title: 'Семья',
  description: '',
  contest: { id: 1, slug: 'k', title: 'Конкурс', awardLabels: { winner: 'Победитель', finalist: 'Лауреат' } },
  resultsPublishedAt: '2027-02-01T09:00:00Z',
  resultsFinalAt: null,
  criteria: [
    { code: 'effect', nameRu: 'Результативность', descriptionRu: '', weight: 1 },
    { code: 'cost', nameRu: 'Затраты', descriptionRu: '', weight: 1 },
  ],
  experts: [person(11, 'Анна')],
  availableExperts: [person(12, 'Борис')],
  entries: [entry],
  eligiblePractices: [{ id: 3, title: 'Семья рядом' }],
  history: [],
  can: { manage: true, enter: true, score: true, correct: true },
} as unknown as StaffNomination;

const tooLong = (n: number) => 'я'.repeat(n + 1);

describe('nomination forms', () => {
  beforeAll(() => {
    // jsdom has no modal dialogs; the confirmation only needs to open and close.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
  });
  afterEach(() => vi.unstubAllGlobals());

  it("ScoreForm refuses a comment over 5000 characters in the contract's words, beside it", async () => {
    const { fetchMock } = renderForm(<ScoreForm nomination={nomination} entry={entry as never} />);
    for (const group of screen.getAllByRole('group')) fireEvent.click(within(group).getByLabelText('5'));
    fireEvent.change(screen.getByLabelText('Комментарий'), { target: { value: tooLong(5000) } });
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить оценку' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Не удалось сохранить оценку');
    const comment = screen.getByLabelText('Комментарий');
    expect(comment).toHaveAttribute('aria-invalid', 'true');
    const words = ScoreBodySchema.shape.comment.safeParse(tooLong(5000)).error?.issues[0]?.message;
    expect(comment).toHaveAccessibleDescription(`Ошибка: ${words}`);
    expect(within(summary).getByRole('link')).toHaveAttribute('href', '#score-7-comment');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('ScoreForm sends the points chosen and the trimmed comment', async () => {
    const { fetchMock } = renderForm(<ScoreForm nomination={nomination} entry={entry as never} />, {
      answer: () => new Response(JSON.stringify(nomination)),
    });
    const [effect, cost] = screen.getAllByRole('group');
    if (effect) fireEvent.click(within(effect).getByLabelText('4'));
    if (cost) fireEvent.click(within(cost).getByLabelText('2'));
    fireEvent.change(screen.getByLabelText('Комментарий'), { target: { value: '  Хорошо ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить оценку' }));

    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toContain('/staff/entries/7/score');
    expect(JSON.parse(String(init.body))).toEqual({
      scores: [
        { criterion: 'effect', score: 4 },
        { criterion: 'cost', score: 2 },
      ],
      comment: 'Хорошо',
    });
  });

  it("EnterPractice refuses no practice in the contract's words, beside the list", async () => {
    const { fetchMock } = renderForm(<EnterPractice nomination={nomination} />);
    fireEvent.change(screen.getByLabelText('Практика'), { target: { value: 'none' } });
    fireEvent.click(screen.getByRole('button', { name: 'Подать практику' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link')).toHaveAttribute('href', '#enter-practice');
    expect(screen.getByLabelText('Практика')).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('ExpertsPanel refuses no expert beside the list, and shows a failed removal in its summary', async () => {
    const { fetchMock } = renderForm(
      <ExpertsPanel nomination={{ ...nomination, resultsPublishedAt: null }} />,
      {
        answer: () => problemAnswer([], 409),
      },
    );
    fireEvent.change(screen.getByLabelText('Эксперт'), { target: { value: 'none' } });
    fireEvent.click(screen.getByRole('button', { name: 'Назначить' }));
    expect(within(await screen.findByRole('alert')).getByRole('link')).toHaveAttribute(
      'href',
      '#assign-expert',
    );
    expect(screen.getByLabelText('Эксперт')).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Снять' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Ошибка'));
    expect(screen.getByLabelText('Эксперт')).not.toHaveAttribute('aria-invalid');
  });

  it("the award correction refuses a long reason in the contract's words and shows the API's on the field", async () => {
    const { fetchMock } = renderForm(<RankedEntries nomination={nomination} />, {
      answer: () => problemAnswer([{ field: 'body.reason', message: 'Укажите причину исправления' }]),
    });
    fireEvent.change(screen.getByLabelText('Награда: Семья рядом'), { target: { value: 'finalist' } });
    const dialog = screen.getByRole('dialog', { name: 'Исправить награду практики «Семья рядом»?' });
    const reason = within(dialog).getByLabelText('Причина исправления');
    fireEvent.change(reason, { target: { value: tooLong(1000) } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Исправить награду', hidden: true }));
    await waitFor(() => expect(reason).toHaveAttribute('aria-invalid', 'true'));
    expect(fetchMock).not.toHaveBeenCalled();

    fireEvent.change(reason, { target: { value: '' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Исправить награду', hidden: true }));
    await waitFor(() =>
      expect(reason).toHaveAccessibleDescription(
        expect.stringContaining('Ошибка: Укажите причину исправления'),
      ),
    );
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
