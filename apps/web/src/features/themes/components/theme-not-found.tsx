import { Link } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { themesMessages as m } from '../messages';

/** Shown inside the layout when /themes/:code names no theme. */
export function ThemeNotFound({ code }: { code: string }) {
  return (
    <div className="stack">
      <PageTitle>{m.notFoundTitle}</PageTitle>
      <p className="lead">{m.notFoundText(code)}</p>
      <p>
        <Link to="/">{m.toHome}</Link>
      </p>
    </div>
  );
}
