import { Link } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { passportMessages as m } from '../messages';

/** Shown inside the layout when /practices/:slug names no public practice. */
export function PracticeNotFound() {
  return (
    <div className="stack">
      <PageTitle>{m.notFoundTitle}</PageTitle>
      <p className="lead">{m.notFoundText}</p>
      <p>
        <Link to="/practices">{m.toCatalogue}</Link>
      </p>
    </div>
  );
}
