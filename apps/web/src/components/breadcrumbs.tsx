import { Link } from 'react-router';
import { stateMessages } from './messages';
import { JsonLdScript, useAbsoluteUrl } from './page-meta';

export interface Crumb {
  label: string;
  /** Omitted for the current page, which is the last crumb. */
  to?: string;
}

/** "Главная › Регионы › Тюменская область": where the page sits, each step but the last a link. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const absolute = useAbsoluteUrl();
  // The same trail for search engines (schema.org BreadcrumbList), shown under the result's title.
  const trail = {
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.label,
      ...(item.to ? { item: absolute(item.to) } : {}),
    })),
  };
  return (
    <nav className="breadcrumbs" aria-label={stateMessages.breadcrumbsLabel}>
      <ol>
        {items.map((item) => (
          <li key={item.label}>
            {item.to ? <Link to={item.to}>{item.label}</Link> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
      <JsonLdScript data={trail} />
    </nav>
  );
}
