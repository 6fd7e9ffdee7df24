import { ErrorState } from '../../../../components/error-state';
import { ApiError } from '../../../../lib/api-error';
import { practicesMessages as m } from '../../messages';

interface CatalogueErrorProps {
  error: unknown;
  onRetry: () => void;
  onReset: () => void;
}

/**
 * A failed search. A 400 means the address itself is wrong (an outdated link naming a theme that
 * no longer exists): asking again cannot help, starting over can. Anything else gets a retry.
 */
export function CatalogueError({ error, onRetry, onReset }: CatalogueErrorProps) {
  if (!(error instanceof ApiError && error.status === 400)) {
    return <ErrorState error={error} headingLevel={3} onRetry={onRetry} />;
  }
  const reasons = error.problem.errors?.map((item) => item.message) ?? [];
  return (
    <div className="error-state" role="alert">
      <h3 className="error-state__title">{m.badFiltersTitle}</h3>
      <p>{m.badFiltersText}</p>
      {reasons.length > 0 ? (
        <ul className="plain-list">
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="button button--secondary" onClick={onReset}>
        {m.emptyReset}
      </button>
    </div>
  );
}
