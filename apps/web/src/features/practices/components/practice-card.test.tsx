import type { PracticeCard as PracticeCardData } from '@registry/contracts/practices';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { PracticeCard } from './practice-card';

const practice: PracticeCardData = {
  slug: 'tyumen-foster-parents-school',
  title: 'Школа замещающих родителей',
  summary: 'Готовит кандидатов в замещающие родители и сопровождает семьи.',
  snippet: null,
  titleHighlight: null,
  organisationHighlight: null,
  region: { code: '72', nameRu: 'Тюменская область', districtShortRu: 'УФО' },
  organisationName: 'Центр «Семья»',
  themes: [{ code: 'foster-families', nameRu: 'Подготовка и сопровождение замещающих семей' }],
  evidenceLevel: { code: 'supported', nameRu: 'Обоснованная', rank: 2 },
  status: 'recommended',
  startYear: 2009,
  endYear: null,
  canHostInternship: true,
  isDemo: true,
};

const renderCard = (overrides: Partial<PracticeCardData> = {}) =>
  render(
    <MemoryRouter>
      <PracticeCard practice={{ ...practice, ...overrides }} />
    </MemoryRouter>,
  );

describe('PracticeCard', () => {
  it('links the title to the passport', () => {
    renderCard();
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Школа замещающих родителей');
    expect(screen.getByRole('link', { name: 'Школа замещающих родителей' })).toHaveAttribute(
      'href',
      '/practices/tyumen-foster-parents-school',
    );
  });

  it('marks a recommended demo practice with both badges', () => {
    renderCard();
    expect(screen.getByText('Рекомендована к тиражированию')).toHaveClass('tag--green');
    expect(screen.getByText('Демонстрационные данные')).toBeInTheDocument();
    expect(screen.getByText('Можно пройти стажировку')).toBeInTheDocument();
  });

  it('keeps a plain published, non-demo practice free of those badges', () => {
    renderCard({ status: 'published', isDemo: false, canHostInternship: false });
    expect(screen.queryByText('Рекомендована к тиражированию')).toBeNull();
    expect(screen.queryByText('Демонстрационные данные')).toBeNull();
    expect(screen.queryByText('Можно пройти стажировку')).toBeNull();
    expect(screen.getByText('Опубликована')).toHaveClass('tag--grey');
  });

  it('shows where, who, how proven and since when', () => {
    renderCard({ endYear: 2020, startYear: 2015 });
    expect(screen.getByText('Тюменская область, УФО')).toBeInTheDocument();
    expect(screen.getByText('Центр «Семья»')).toBeInTheDocument();
    expect(screen.getByText('Обоснованная')).toBeInTheDocument();
    expect(screen.getByText('2015–2020')).toBeInTheDocument();
  });

  it('shows the highlighted snippet instead of the summary when the search found one', () => {
    const { container } = renderCard({ snippet: 'школа \uE000замещающих\uE001 родителей' });
    expect(container.querySelector('mark')).toHaveTextContent('замещающих');
    expect(screen.queryByText(practice.summary)).toBeNull();
  });
});

describe('PracticeCard search highlights', () => {
  it('marks the matched words in the title and the organisation', () => {
    const { container } = render(
      <MemoryRouter>
        <PracticeCard
          practice={{
            ...practice,
            titleHighlight: 'Школа \uE000замещающих\uE001 родителей',
            organisationHighlight: 'Центр \uE000«Семья»\uE001',
          }}
        />
      </MemoryRouter>,
    );
    const marks = [...container.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(['замещающих', '«Семья»']);
    expect(screen.getByRole('link')).toHaveTextContent('Школа замещающих родителей');
  });
});
