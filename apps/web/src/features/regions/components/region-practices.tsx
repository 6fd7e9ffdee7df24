import type { Region } from '@registry/contracts/regions';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { regionsMessages as m } from '../messages';

/**
 * The region's published practices. The list itself comes from the practices feature, handed in
 * by the route; this section frames it and keeps the empty state for a region with none.
 */
export function RegionPractices({ region, children }: { region: Region; children: ReactNode }) {
  return (
    <section className="section" aria-labelledby="region-practices">
      <h2 id="region-practices">{m.practicesTitle}</h2>
      {region.practiceCount === 0 ? (
        <EmptyState title={m.practicesEmpty}>{m.practicesEmptyHint}</EmptyState>
      ) : (
        <>
          <p className="section__meta">
            {m.practiceCount(region.practiceCount)} ·{' '}
            <Link to={`/practices?region=${region.code}`}>{m.practicesInCatalogue}</Link>
          </p>
          {children}
        </>
      )}
    </section>
  );
}
