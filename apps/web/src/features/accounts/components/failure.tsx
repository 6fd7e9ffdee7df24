import { ApiError } from '../../../lib/api-error';
import { accountsMessages as m } from '../messages';

/** A failed action's message: the API's own words, or a note that the server did not answer. */
export function Failure({ title, error }: { title: string; error: Error | null }) {
  if (!error) return null;
  return (
    <div className="error-summary" role="alert">
      <p className="error-summary__title">{title}</p>
      <p>{error instanceof ApiError ? error.message : m.offline}</p>
    </div>
  );
}
