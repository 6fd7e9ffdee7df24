import { useSimilarPractices } from '../api/get-similar-practices';
import { passportMessages as m } from '../messages';
import { PracticeCard } from './practice-card';

/** Practices sharing the most themes and target groups with this one. */
export function SimilarPractices({ slug }: { slug: string }) {
  const { data } = useSimilarPractices(slug);
  if (data.items.length === 0) return <p>{m.similarEmpty}</p>;
  return (
    <ul className="practice-list practice-list--grid practice-list--pairs">
      {data.items.map((practice) => (
        <li key={practice.slug}>
          <PracticeCard practice={practice} />
        </li>
      ))}
    </ul>
  );
}
