import type { ReferenceItem } from '@registry/contracts/reference';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { themesMessages as m } from '../messages';

/** The theme's name as the page heading, how many practices it has, and the way to filter further. */
export function ThemeHeader({ theme }: { theme: ReferenceItem }) {
  return (
    <header className="theme-header">
      <PageTitle caption={m.caption}>{theme.nameRu}</PageTitle>
      <p className="lead theme-header__count">{m.practiceCount(theme.practiceCount)}</p>
      <p>
        <Link to={`/practices?theme=${encodeURIComponent(theme.code)}`}>{m.openInCatalogue}</Link>
      </p>
    </header>
  );
}
