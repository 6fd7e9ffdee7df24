import { type CurrentUser, type UserRole, userRoleLabels } from '@registry/contracts/auth';
import { Link } from 'react-router';
import { authMessages as m } from '../messages';

interface Section {
  to: string;
  label: string;
  hint: string;
}

/** What each role can open from the account page; more sections arrive with their features. */
const practices: Section = { to: '/account/practices', label: m.practices, hint: m.practicesHint };
const allPractices: Section = { to: '/account/practices', label: m.allPractices, hint: m.allPracticesHint };
const queue: Section = { to: '/account/queue', label: m.queue, hint: m.queueHint };
const adoptions: Section = { to: '/account/adoptions', label: m.adoptions, hint: m.adoptionsHint };
const adoptRequests: Section = {
  to: '/account/adopt-requests',
  label: m.adoptRequests,
  hint: m.adoptRequestsHint,
};
const contests: Section = { to: '/account/contests', label: m.contests, hint: m.contestsHint };
const nominations: Section = { to: '/account/nominations', label: m.nominations, hint: m.nominationsHint };
const openNominations: Section = {
  to: '/account/nominations',
  label: m.nominations,
  hint: m.openNominationsHint,
};
const expertise: Section = { to: '/account/expertise', label: m.expertise, hint: m.expertiseHint };
const myReviews: Section = { to: '/account/reviews', label: m.myReviews, hint: m.myReviewsHint };
const security: Section = { to: '/account/security', label: m.security, hint: m.securityHint };
const glossary: Section = { to: '/account/glossary', label: m.glossary, hint: m.glossaryHint };
const accounts: Section = { to: '/admin/accounts', label: m.accounts, hint: m.accountsHint };
const subscriptions: Section = {
  to: '/account/subscriptions',
  label: m.subscriptions,
  hint: m.subscriptionsHint,
};
const notifications: Section = {
  to: '/account/notifications',
  label: m.notifications,
  hint: m.notificationsHint,
};

const sectionsByRole: Record<UserRole, Section[]> = {
  admin: [
    queue,
    expertise,
    allPractices,
    adoptions,
    adoptRequests,
    contests,
    glossary,
    accounts,
    { to: '/admin/security-log', label: m.securityLog, hint: m.securityLogHint },
    { to: '/admin/mail', label: m.outbox, hint: m.outboxHint },
    notifications,
    subscriptions,
    security,
  ],
  moderator: [
    queue,
    expertise,
    allPractices,
    adoptions,
    adoptRequests,
    contests,
    glossary,
    accounts,
    notifications,
    subscriptions,
    security,
  ],
  expert: [myReviews, nominations, notifications, subscriptions, security],
  coordinator: [practices, adoptions, adoptRequests, openNominations, notifications, subscriptions, security],
};

/** The signed-in user's details and the sections their role can use. */
export function AccountSummary({ user }: { user: CurrentUser }) {
  const sections = sectionsByRole[user.role];
  return (
    <>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{m.nameLabel}</dt>
          <dd>{user.name}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{m.emailShortLabel}</dt>
          <dd>{user.email}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{m.roleLabel}</dt>
          <dd>{userRoleLabels[user.role]}</dd>
        </div>
        {user.region ? (
          <div className="summary-list__row">
            <dt>{m.regionLabel}</dt>
            <dd>
              <Link to={`/regions/${user.region.code}`}>{user.region.nameRu}</Link>
            </dd>
          </div>
        ) : null}
      </dl>
      <section className="section" aria-labelledby="account-sections">
        <h2 id="account-sections">{m.sectionsTitle}</h2>
        {sections.length > 0 ? (
          <ul className="account-sections">
            {sections.map((section) => (
              <li key={section.to} className="account-sections__item">
                <Link to={section.to} className="account-sections__link">
                  {section.label}
                </Link>
                <p className="account-sections__hint">{section.hint}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p>{m.noSections}</p>
        )}
      </section>
    </>
  );
}
