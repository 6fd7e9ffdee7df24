import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { appName, layoutMessages } from '../messages';

const navItems = [
  { to: '/', label: layoutMessages.navHome, end: true },
  { to: '/practices', label: layoutMessages.navCatalogue, end: false },
  { to: '/regions', label: layoutMessages.navRegions, end: false },
  { to: '/contests', label: layoutMessages.navContests, end: false },
  { to: '/statistics', label: layoutMessages.navStatistics, end: false },
];

/**
 * Service name and the main sections; NavLink marks the current one with aria-current. Above
 * them, a thin account bar (who is signed in, or the way in for staff).
 */
export function Header({ account }: { account?: ReactNode }) {
  return (
    <header className="site-header">
      {account ? (
        <nav className="account-bar" aria-label={layoutMessages.accountNavLabel}>
          <div className="container account-bar__inner">{account}</div>
        </nav>
      ) : null}
      <div className="container site-header__inner">
        <Link to="/" className="site-header__name" aria-label={layoutMessages.homeLinkLabel}>
          <span className="site-header__logo" aria-hidden="true" />
          {appName}
        </Link>
        <nav aria-label={layoutMessages.navLabel}>
          <ul className="site-nav">
            {navItems.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} className="site-nav__link">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
