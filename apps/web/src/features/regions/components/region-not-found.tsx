import { Link } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { regionsMessages as m } from '../messages';

/** Shown inside the layout when /regions/:code names no region (unknown or malformed code). */
export function RegionNotFound({ code }: { code: string }) {
  return (
    <div className="stack">
      <PageTitle>{m.notFoundTitle}</PageTitle>
      <p className="lead">{m.notFoundText(code)}</p>
      <p>
        <Link to="/regions">{m.backToList}</Link>
      </p>
    </div>
  );
}
