import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { themesQueryOptions } from '../../../lib/reference-queries';
import { themesMessages as m } from '../messages';

/** Every theme as a tile with its practice count, linking to the theme's page. */
export function ThemeTiles() {
  const { data } = useSuspenseQuery(themesQueryOptions());
  return (
    <ul className="theme-tiles">
      {data.items.map((theme) => (
        <li key={theme.code}>
          <Link
            to={`/themes/${theme.code}`}
            className={theme.practiceCount === 0 ? 'theme-tile theme-tile--empty' : 'theme-tile'}
          >
            <span className="theme-tile__name">{theme.nameRu}</span>
            <span className="theme-tile__count">{m.practiceCount(theme.practiceCount)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
