import { Link } from 'react-router';
import { stateMessages } from './messages';
import { PageTitle } from './page-title';

/** The page a signed-in user sees where their role has no access (403). */
export function Forbidden() {
  return (
    <div className="stack">
      <PageTitle>{stateMessages.forbiddenTitle}</PageTitle>
      <p className="lead">{stateMessages.forbiddenText}</p>
      <p>
        <Link to="/account">{stateMessages.forbiddenAccount}</Link>
      </p>
    </div>
  );
}
