import { Link } from 'react-router';
import { layoutMessages } from '../messages';

/** A short word about the registry and the way in for developers. */
export function Footer() {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>{layoutMessages.footerAbout}</p>
        <nav aria-label={layoutMessages.footerNavLabel} className="site-footer__nav">
          <Link to="/open-data">{layoutMessages.footerOpenData}</Link>
          {/* A plain <a>: the docs are served by the API, outside the single-page app. */}
          <a href="/api/docs">{layoutMessages.footerApiDocs}</a>
        </nav>
      </div>
    </footer>
  );
}
