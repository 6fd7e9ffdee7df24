import { ApiError } from '../lib/api-error';
import { stateMessages } from './messages';

function describe(error: unknown): { title: string; detail: string } {
  if (error instanceof ApiError) {
    // "about:blank" means the body was not ours (a proxy or gateway answered), so its title is
    // an English status phrase at best.
    if (error.problem.type === 'about:blank') {
      return { title: stateMessages.errorTitle, detail: stateMessages.errorStatus(error.status) };
    }
    return { title: error.problem.title, detail: error.problem.detail ?? stateMessages.errorTitle };
  }
  return { title: stateMessages.errorTitle, detail: stateMessages.errorOffline };
}

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  /** Heading level that fits where the section sits in the page outline. */
  headingLevel?: 1 | 2 | 3;
}

/** Explains a failed request in the API's own words, with a way to try again. */
export function ErrorState({ error, onRetry, headingLevel = 2 }: ErrorStateProps) {
  const { title, detail } = describe(error);
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="error-state" role="alert">
      <Heading className="error-state__title">{title}</Heading>
      <p>{detail}</p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {stateMessages.retry}
        </button>
      ) : null}
    </div>
  );
}
