import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AdoptionForm } from './adoption-form';

const practice = { slug: 'semya', region: { code: '72' } };

function renderForm(answer: () => Response) {
  const fetchMock = vi.fn(async () => answer());
  vi.stubGlobal('fetch', fetchMock);
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <AdoptionForm practice={practice} existing={null} chooseRegion={false} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  const declare = () => fireEvent.click(screen.getByRole('button', { name: 'Заявить о внедрении' }));
  return { fetchMock, declare };
}

describe('AdoptionForm', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("checks the contract's rules before sending, beside the field and in the focused summary", async () => {
    const { fetchMock, declare } = renderForm(() => new Response('{}'));
    declare();

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Не удалось сохранить запись о внедрении');
    expect(screen.getByRole('link', { name: 'Укажите контактное лицо' })).toHaveAttribute(
      'href',
      '#adoption-contactName',
    );
    const name = screen.getByLabelText('Контактное лицо');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Ошибка: Укажите контактное лицо');
    expect(summary).toHaveFocus();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('puts the API field errors of a refused declaration beside their fields', async () => {
    const problem = {
      type: '/problems/validation-error',
      title: 'Ошибка',
      status: 400,
      errors: [{ field: 'body.finishedOn', message: 'Дата окончания — только для завершённого внедрения' }],
    };
    const { fetchMock, declare } = renderForm(
      () =>
        new Response(JSON.stringify(problem), {
          status: 400,
          headers: { 'content-type': 'application/problem+json' },
        }),
    );
    fireEvent.change(screen.getByLabelText('Контактное лицо'), { target: { value: 'Сергей' } });
    declare();

    const summary = await screen.findByRole('alert');
    expect(fetchMock).toHaveBeenCalledOnce();
    expect(summary).toHaveTextContent('Дата окончания — только для завершённого внедрения');
    expect(
      screen.getByRole('link', { name: 'Дата окончания — только для завершённого внедрения' }),
    ).toHaveAttribute('href', '#adoption-finishedOn');
  });
});
