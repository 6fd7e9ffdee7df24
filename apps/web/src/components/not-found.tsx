import { Link } from 'react-router';
import { stateMessages } from './messages';
import { PageTitle } from './page-title';

/** The page for an address that matches no route. */
export function NotFound() {
  return (
    <div className="stack">
      <PageTitle>{stateMessages.notFoundTitle}</PageTitle>
      <p className="lead">{stateMessages.notFoundText}</p>
      <p>
        <Link to="/">{stateMessages.notFoundHome}</Link>
      </p>
    </div>
  );
}
