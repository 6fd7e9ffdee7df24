import type { Contact, Link as ExternalLink } from '@registry/contracts/practice-passport';
import type { PracticePassport } from '@registry/contracts/practices';
import { Link } from 'react-router';
import { passportMessages as m } from '../../messages';

const orNotSpecified = (text: string) => text.trim() || m.notSpecified;

/** Staff, money and time the practice takes. */
export function Resources({ resources }: { resources: PracticePassport['resources'] }) {
  return (
    <dl className="summary-list">
      {[
        [m.staffLabel, resources.staff],
        [m.budgetLabel, resources.budget],
        [m.durationLabel, resources.duration],
      ].map(([label = '', text = '']) => (
        <div key={label} className="summary-list__row">
          <dt>{label}</dt>
          <dd>{orNotSpecified(text)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** What the authors offer to a region that takes the practice up, each as a plain yes or no. */
export function Support({ support }: { support: PracticePassport['support'] }) {
  const items = [
    [m.supportMaterials, support.methodicalMaterials],
    [m.supportTraining, support.training],
    [m.supportInternship, support.internship],
  ] as const;
  return (
    <ul className="check-list">
      {items.map(([label, available]) => (
        <li key={label} className={available ? 'check-list__yes' : 'check-list__no'}>
          <span className="check-list__mark" aria-hidden="true" />
          {label}: <strong>{available ? m.yes : m.no}</strong>
        </li>
      ))}
    </ul>
  );
}

/** Names that link to the theme's page. */
export function ThemeLinks({ themes }: { themes: PracticePassport['themes'] }) {
  return (
    <ul className="plain-list">
      {themes.map((theme) => (
        <li key={theme.code}>
          <Link to={`/themes/${theme.code}`}>{theme.nameRu}</Link>
        </li>
      ))}
    </ul>
  );
}

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** Who to ask, with e-mail and phone as links the device can act on. */
export function Contacts({ contacts }: { contacts: Contact[] }) {
  if (contacts.length === 0) return <p>{m.contactsEmpty}</p>;
  return (
    <ul className="contacts">
      {contacts.map((contact) => (
        <li key={`${contact.name}-${contact.email ?? contact.phone ?? ''}`} className="contacts__item">
          <p className="contacts__name">{contact.name}</p>
          {contact.role ? <p className="contacts__role">{contact.role}</p> : null}
          {contact.email ? (
            <p>
              {m.emailLabel}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </p>
          ) : null}
          {contact.phone ? (
            <p>
              {m.phoneLabel}: <a href={telHref(contact.phone)}>{contact.phone}</a>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Sources and further reading on other sites. */
export function ExternalLinks({ links }: { links: ExternalLink[] }) {
  return (
    <ul className="plain-list">
      {links.map((link) => (
        <li key={link.url}>
          <a href={link.url} rel="noopener noreferrer" className="external-link">
            {link.title}
          </a>
        </li>
      ))}
    </ul>
  );
}
