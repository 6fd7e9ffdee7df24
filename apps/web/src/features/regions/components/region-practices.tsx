import { EmptyState } from '../../../components/empty-state';
import { regionsMessages as m } from '../messages';

/**
 * The region's published practices. The practices API does not exist yet, so this is the empty
 * state the page will show until the practices feature fills it in.
 */
export function RegionPractices() {
  return (
    <section className="section" aria-labelledby="region-practices">
      <h2 id="region-practices">{m.practicesTitle}</h2>
      <EmptyState title={m.practicesEmpty}>{m.practicesEmptyHint}</EmptyState>
    </section>
  );
}
