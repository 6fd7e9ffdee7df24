import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ReturnForm } from './return-form';

function renderReturn() {
  const onSubmit = vi.fn();
  render(
    <ReturnForm onSubmit={onSubmit} onCancel={vi.fn()} pending={false} submitLabel="Вернуть на доработку" />,
  );
  return {
    onSubmit,
    send: () => fireEvent.click(screen.getByRole('button', { name: 'Вернуть на доработку' })),
  };
}

describe('ReturnForm', () => {
  // The form checks its values before calling back, which react-hook-form does asynchronously.
  it('refuses to return a practice without any comment', async () => {
    const { onSubmit, send } = renderReturn();
    send();
    expect(await screen.findByRole('alert')).toHaveTextContent('Напишите общий комментарий');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Общий комментарий')).toHaveAttribute('aria-invalid', 'true');
  });

  it('accepts a comment on one section alone', async () => {
    const { onSubmit, send } = renderReturn();
    fireEvent.click(screen.getByRole('button', { name: 'Добавить замечание по разделу' }));
    fireEvent.change(screen.getByLabelText('Раздел 1'), { target: { value: 'results' } });
    fireEvent.change(screen.getByLabelText('Замечание 1'), { target: { value: 'Добавьте результаты' } });
    send();
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        comment: undefined,
        sectionComments: [{ section: 'results', comment: 'Добавьте результаты' }],
      }),
    );
  });

  it("refuses a section's comment over 5000 characters in the contract's words, on that row", async () => {
    const { onSubmit, send } = renderReturn();
    const add = screen.getByRole('button', { name: 'Добавить замечание по разделу' });
    fireEvent.click(add);
    fireEvent.click(add);
    // The first row is taken off: the second keeps its controls' ids.
    fireEvent.click(screen.getByRole('button', { name: 'Удалить замечание 1' }));
    fireEvent.change(screen.getByLabelText('Замечание 1'), { target: { value: 'я'.repeat(5001) } });
    send();

    const summary = await screen.findByRole('alert');
    const row = screen.getByLabelText('Замечание 1');
    expect(row).toHaveAttribute('id', 'return-section-comment-2');
    expect(row).toHaveAttribute('aria-invalid', 'true');
    expect(within(summary).getByRole('link')).toHaveAttribute('href', '#return-section-comment-2');
    expect(row).toHaveAccessibleDescription(expect.stringMatching(/^Ошибка: .*5000/));
    await waitFor(() => expect(summary).toHaveFocus());
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
