import { createContext, use } from 'react';
import { useLocation } from 'react-router';
import { appName } from './messages';

/**
 * The site's origin (`https://registry.example`), for absolute URLs in canonical links, Open
 * Graph and JSON-LD: the request's on the server (entry-server.tsx), `location.origin` in the
 * browser (main.tsx). The same value on both sides, so hydration sees the same tags.
 */
export const SiteOriginContext = createContext('');

/** An absolute URL of a path on this site. */
export function useAbsoluteUrl(): (path: string) => string {
  const origin = use(SiteOriginContext);
  return (path) => `${origin}${path}`;
}

/** A JSON-LD object (https://schema.org); `@context` is added here. */
export type JsonLd = Record<string, unknown>;

/**
 * Structured data for search engines. A data block, not a script the browser runs (so the
 * Content-Security-Policy does not apply); `<` is escaped so that text cannot close the tag.
 */
export function JsonLdScript({ data }: { data: JsonLd }) {
  const json = JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(/</g, '\\u003c');
  // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON with "<" escaped, never executed
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}

interface PageMetaProps {
  /** The page's title as people share it (without the site name); the tab title is PageTitle's. */
  title: string;
  /** One or two sentences: search results and link previews show it under the title. */
  description: string;
  /** The page's own address; defaults to the current path (its query string dropped). */
  path?: string;
  /** Open Graph type: `article` for a passport, `website` for everything else. */
  type?: 'website' | 'article';
  /** Structured data describing the page (https://schema.org), when a schema fits. */
  jsonLd?: JsonLd;
}

const MAX_DESCRIPTION = 200;

/** Shortens to whole words within the limit that search results and previews show. */
export function clipDescription(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_DESCRIPTION) return flat;
  const cut = flat.slice(0, MAX_DESCRIPTION - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/**
 * The head tags of a public page: meta description, canonical URL, Open Graph and Twitter card
 * (the preview a messenger shows for a shared link) and JSON-LD. React 19 hoists `<meta>` and
 * `<link>` into `<head>`; the server renderer moves them there in the first HTML too. Any page
 * may render more head tags of its own (an RSS `<link rel="alternate">`) the same way.
 */
export function PageMeta({ title, description, path, type = 'website', jsonLd }: PageMetaProps) {
  const absolute = useAbsoluteUrl();
  const { pathname } = useLocation();
  const url = absolute(path ?? pathname);
  const text = clipDescription(description);
  return (
    <>
      <meta name="description" content={text} />
      <link rel="canonical" href={url} />
      <meta property="og:type" content={type} />
      <meta property="og:site_name" content={appName} />
      <meta property="og:locale" content="ru_RU" />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={text} />
      <meta property="og:url" content={url} />
      <meta name="twitter:card" content="summary" />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={text} />
      {jsonLd ? <JsonLdScript data={jsonLd} /> : null}
    </>
  );
}
