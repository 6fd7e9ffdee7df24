import { Link } from 'react-router';
import { ApiError } from '../../../lib/api-error';
import { savedSearchesMessages as m } from '../messages';

/** A link that opens no subscription (404, or a malformed token's 400), or a failed request. */
export function SubscriptionLinkProblem({ error }: { error: unknown }) {
  const badLink = error instanceof ApiError && (error.status === 400 || error.status === 404);
  return (
    <div className="notice">
      {badLink ? (
        <>
          <h2 className="notice__title">{m.linkNotFoundTitle}</h2>
          <p>{m.linkNotFound}</p>
          <p>
            <Link to="/practices">{m.toCatalogue}</Link>
          </p>
        </>
      ) : (
        <p>{m.offline}</p>
      )}
    </div>
  );
}
