import { usePracticesPage } from '../api/list-practices';
import type { PracticeListQuery } from '../api/practice-keys';
import { practicesMessages as m } from '../messages';
import { PracticeCard } from './practice-card';

/** The latest practices recommended for replication: what the home page shows first. */
export const recommendedQuery: PracticeListQuery = { status: ['recommended'], sort: 'newest', limit: 3 };

export function RecommendedPractices() {
  const { data } = usePracticesPage(recommendedQuery);
  if (data.items.length === 0) return <p>{m.feedEmpty}</p>;
  return (
    <ul className="practice-list practice-list--grid">
      {data.items.map((practice) => (
        <li key={practice.slug}>
          <PracticeCard practice={practice} />
        </li>
      ))}
    </ul>
  );
}
