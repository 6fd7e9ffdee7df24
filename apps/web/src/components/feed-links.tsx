// Feeds of new and recommended practices (RSS and Atom) for the whole catalogue, a theme or a
// region: visible links, and <link rel="alternate"> that React 19 hoists into the page's head so
// feed readers find them from the page address.
import { apiUrl } from '../lib/api-client';
import { feedMessages as m } from './messages';

export interface FeedScope {
  theme?: string;
  region?: string;
}

const KINDS = ['published', 'recommended'] as const;

export function FeedLinks({ scope = {} }: { scope?: FeedScope }) {
  const href = (kind: (typeof KINDS)[number], format: 'rss' | 'atom') =>
    apiUrl(`/feeds/${kind}.${format}`, { theme: scope.theme, region: scope.region });
  return (
    <p className="feed-links">
      {KINDS.map((kind) => (
        <link
          key={kind}
          rel="alternate"
          type="application/rss+xml"
          title={m.alternateTitle[kind]}
          href={href(kind, 'rss')}
        />
      ))}
      <span className="feed-links__label">{m.label}</span>{' '}
      {KINDS.map((kind, i) => (
        <span key={kind} className="feed-links__group">
          {i > 0 ? '; ' : ''}
          {m.kinds[kind]}:{' '}
          <a href={href(kind, 'rss')} aria-label={`${m.kinds[kind]}: RSS`}>
            RSS
          </a>
          {', '}
          <a href={href(kind, 'atom')} aria-label={`${m.kinds[kind]}: Atom`}>
            Atom
          </a>
        </span>
      ))}
    </p>
  );
}
