import type { Review } from '@registry/contracts/reviews';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AggregateSummary } from './aggregate-summary';
import { ReviewsTable } from './reviews-table';

const review = (assignmentId: number, expertName: string, relevance: number): Review => ({
  assignmentId,
  expertName,
  submittedAt: '2026-11-20T10:00:00.000Z',
  scores: [
    { code: 'relevance', name: 'Актуальность для региона', weight: 2, score: relevance, comment: 'Важно' },
    { code: 'innovation', name: 'Инновационность', weight: 1, score: 3, comment: '' },
  ],
  weightedScore: 4.33,
  recommendation: 'recommend',
  proposedEvidenceLevel: 'supported',
  comment: 'Вывод',
});

describe('reviews side by side', () => {
  it('puts each expert in a column and marks the criterion they disagree on', () => {
    render(
      <ReviewsTable
        reviews={[review(1, 'Эмма', 5), review(2, 'Эдуард', 2)]}
        caption="Оценки экспертов"
        disagreements={['relevance']}
        evidenceNames={new Map([['supported', 'Обоснованная']])}
      />,
    );
    const table = screen.getByRole('table', { name: 'Оценки экспертов' });
    expect(within(table).getByRole('columnheader', { name: 'Эмма' })).toBeInTheDocument();
    const row = within(table).getByRole('row', { name: /Актуальность для региона/ });
    expect(row).toHaveClass('reviews-table__row--split');
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['5Важно', '2Важно']);
    expect(within(table).getAllByText('Обоснованная')).toHaveLength(2);
  });

  it('warns when experts disagree strongly, with the weighted score and spread', () => {
    render(
      <AggregateSummary
        aggregate={{
          reviewCount: 2,
          weightedScore: 3.5,
          spread: 1.17,
          disagreements: [{ code: 'relevance', name: 'Актуальность для региона', min: 2, max: 5 }],
        }}
      />,
    );
    expect(screen.getByText('3,5')).toBeInTheDocument();
    expect(screen.getByText('1,17')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('«Актуальность для региона»: от 2 до 5');
  });
});
