import { Link } from 'react-router';
import { ApiError } from '../../../lib/api-error';

interface LinkProblemProps {
  error: unknown;
  notFound: { title: string; text: string };
  gone: { title: string; text: string };
  action?: { to: string; label: string };
}

/** An invitation or reset link that does not work: unknown (404/400) or used up (410). */
export function LinkProblem({ error, notFound, gone, action }: LinkProblemProps) {
  const { title, text } = error instanceof ApiError && error.status === 410 ? gone : notFound;
  return (
    <div className="notice">
      <h2 className="notice__title">{title}</h2>
      <p>{text}</p>
      {action ? (
        <p>
          <Link to={action.to}>{action.label}</Link>
        </p>
      ) : null}
    </div>
  );
}

/** Whether a failed link request means "this link is no good" rather than a server failure. */
export const isBadLink = (error: unknown) =>
  error instanceof ApiError && (error.status === 400 || error.status === 404 || error.status === 410);
