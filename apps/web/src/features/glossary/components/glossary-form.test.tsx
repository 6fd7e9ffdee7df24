import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GlossaryForm } from './glossary-form';

function renderForm() {
  const fetchMock = vi.fn(async () => new Response('{}'));
  vi.stubGlobal('fetch', fetchMock);
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <GlossaryForm entry={null} onDone={() => {}} onCancel={() => {}} />
    </QueryClientProvider>,
  );
  const add = () => fireEvent.click(screen.getByRole('button', { name: 'Добавить запись' }));
  return { fetchMock, add };
}

describe('GlossaryForm', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("refuses an empty term in the contract's words, beside the field and in the focused summary", async () => {
    const { fetchMock, add } = renderForm();
    add();

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Запись не сохранена');
    expect(screen.getByRole('link', { name: 'Пустое значение' })).toHaveAttribute('href', '#glossary-term');
    const term = screen.getByLabelText('Термин');
    expect(term).toHaveAttribute('aria-invalid', 'true');
    expect(term).toHaveAccessibleDescription('Сокращение или слово, например «КДН». Ошибка: Пустое значение');
    // The summary takes focus in an effect, which may run just after it appears.
    await waitFor(() => expect(summary).toHaveFocus());
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("shows a bad line's error beside the textarea it was typed in", async () => {
    const { fetchMock, add } = renderForm();
    fireEvent.change(screen.getByLabelText('Термин'), { target: { value: 'КДН' } });
    fireEvent.change(screen.getByLabelText('Расшифровки'), { target: { value: 'комиссия\nк' } });
    add();

    await screen.findByRole('alert');
    const message = 'Нужно хотя бы одно слово из двух букв или цифр';
    expect(screen.getByRole('link', { name: message })).toHaveAttribute('href', '#glossary-expansions');
    expect(screen.getByLabelText('Расшифровки')).toHaveAccessibleDescription(
      `Полные формы, каждая с новой строки. Ошибка: ${message}`,
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
