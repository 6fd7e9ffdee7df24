import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ReturnForm } from './return-form';

describe('ReturnForm', () => {
  it('refuses to return a practice without any comment', () => {
    const onSubmit = vi.fn();
    render(
      <ReturnForm
        onSubmit={onSubmit}
        onCancel={vi.fn()}
        pending={false}
        submitLabel="Вернуть на доработку"
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Вернуть на доработку' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Напишите общий комментарий');
    expect(screen.getByLabelText('Общий комментарий')).toHaveAttribute('aria-invalid', 'true');
  });

  it('accepts a comment on one section alone', () => {
    const onSubmit = vi.fn();
    render(
      <ReturnForm
        onSubmit={onSubmit}
        onCancel={vi.fn()}
        pending={false}
        submitLabel="Вернуть на доработку"
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Добавить замечание по разделу' }));
    fireEvent.change(screen.getByLabelText('Раздел 1'), { target: { value: 'results' } });
    fireEvent.change(screen.getByLabelText('Замечание 1'), { target: { value: 'Добавьте результаты' } });
    fireEvent.click(screen.getByRole('button', { name: 'Вернуть на доработку' }));
    expect(onSubmit).toHaveBeenCalledWith({
      comment: undefined,
      sectionComments: [{ section: 'results', comment: 'Добавьте результаты' }],
    });
  });
});
