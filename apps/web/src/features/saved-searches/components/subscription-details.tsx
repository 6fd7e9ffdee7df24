import type { SavedSearch } from '@registry/contracts/saved-searches';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { catalogueLink } from '../lib/catalogue-link';
import { savedSearchesMessages as m } from '../messages';

/** What a subscription is: the selection in words, its address, state and dates. */
export function SubscriptionDetails({ subscription }: { subscription: SavedSearch }) {
  return (
    <>
      <ul className="subscription__summary">
        {subscription.summary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        <Link to={catalogueLink(subscription.search)}>{m.openCatalogue}</Link>
      </p>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{m.emailShort}</dt>
          <dd>{subscription.email}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{m.statusLabel}</dt>
          <dd>{subscription.status === 'confirmed' ? m.statusConfirmed : m.statusPending}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{m.createdLabel}</dt>
          <dd>{formatDateTime(subscription.createdAt)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{m.lastSentLabel}</dt>
          <dd>{subscription.lastSentAt ? formatDateTime(subscription.lastSentAt) : m.neverSent}</dd>
        </div>
      </dl>
    </>
  );
}
