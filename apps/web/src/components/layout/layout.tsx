import { type ReactNode, useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { layoutMessages } from '../messages';
import { Footer } from './footer';
import { Header } from './header';

/**
 * After a client-side move to another page, put focus on the new page's h1 (or main) the way a
 * full page load would reset it, so keyboard and screen reader users start at the new content.
 * Search-param changes (filters) keep focus where it is.
 */
function useFocusOnPageChange() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById('main');
    const target = main?.querySelector<HTMLElement>('h1[tabindex]') ?? main;
    target?.focus({ preventScroll: true });
  }, [pathname]);
}

function NavigationProgress() {
  const busy = useNavigation().state !== 'idle';
  return (
    <>
      <div className={busy ? 'nav-progress nav-progress--active' : 'nav-progress'} aria-hidden="true" />
      {/* Always mounted: a live region only announces changes to content it already had. */}
      <div className="visually-hidden" role="status">
        {busy ? layoutMessages.navigationBusy : ''}
      </div>
    </>
  );
}

/**
 * The frame of every page: skip link, header, main content, footer. `account` is the header's
 * account bar, supplied by the app so that shared components need not know the auth feature.
 */
export function Layout({ account }: { account?: ReactNode }) {
  useFocusOnPageChange();
  return (
    <>
      <a className="skip-link" href="#main">
        {layoutMessages.skipLink}
      </a>
      <Header account={account} />
      <NavigationProgress />
      <main id="main" className="container site-main" tabIndex={-1}>
        <Outlet />
      </main>
      <Footer />
      <ScrollRestoration />
    </>
  );
}
