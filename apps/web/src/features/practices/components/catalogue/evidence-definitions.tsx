import { useQuery } from '@tanstack/react-query';
import { evidenceLevelsQueryOptions } from '../../../../lib/reference-queries';
import { practicesMessages as m } from '../../messages';

/** The public definitions of the evidence scale, folded under the evidence filter. */
export function EvidenceDefinitions() {
  // Not suspending: the definitions are a hint next to the filter, the catalogue works without them.
  const { data } = useQuery(evidenceLevelsQueryOptions());
  if (!data || data.items.length === 0) return null;
  return (
    <details className="details facet__details">
      <summary>{m.evidenceHelp}</summary>
      <dl className="definitions">
        {data.items.map((level) => (
          <div key={level.code}>
            <dt>{level.nameRu}</dt>
            <dd>{level.descriptionRu}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
