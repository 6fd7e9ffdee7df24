// Step 7: public contacts of the team and links to materials.
import type { Contact, Link } from '@registry/contracts/practice-passport';
import type { AutosaveForm } from '../../hooks/use-autosave';
import { submissionMessages as m } from '../../messages';
import { TextInput } from './fields';

const emptyContact: Contact = { name: '', role: null, email: null, phone: null };
const emptyLink: Link = { title: '', url: '' };
const orNull = (value: string) => (value.trim() === '' ? null : value);

export function StepContacts({ form }: { form: AutosaveForm }) {
  const { values, errors, change } = form;
  const contacts = values.contacts ?? [];
  const links = values.links ?? [];
  const updateContact = (index: number, patch: Partial<Contact>) =>
    change(
      'contacts',
      contacts.map((c, i) => (i === index ? { ...c, ...patch } : c)),
    );
  const updateLink = (index: number, patch: Partial<Link>) =>
    change(
      'links',
      links.map((l, i) => (i === index ? { ...l, ...patch } : l)),
    );
  return (
    <>
      <fieldset
        id="field-contacts"
        tabIndex={-1}
        className={errors.contacts ? 'fieldset form-group form-group--error' : 'fieldset form-group'}
      >
        <legend className="fieldset__legend">{m.contactsLegend}</legend>
        {errors.contacts ? (
          <p className="error-message">
            <span className="visually-hidden">{m.errorPrefix}</span> {errors.contacts}
          </p>
        ) : null}
        {contacts.map((contact, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are known by their position
          <fieldset key={index} className="row-card fieldset">
            <legend className="row-card__legend">{m.contactRow(index + 1)}</legend>
            <div className="row-card__fields">
              <TextInput
                id={`contact-${index}-name`}
                label={m.contactName}
                value={contact.name}
                onChange={(name) => updateContact(index, { name })}
              />
              <TextInput
                id={`contact-${index}-role`}
                label={m.contactRole}
                value={contact.role ?? ''}
                onChange={(role) => updateContact(index, { role: orNull(role) })}
              />
              <TextInput
                id={`contact-${index}-email`}
                type="email"
                label={m.contactEmail}
                value={contact.email ?? ''}
                onChange={(email) => updateContact(index, { email: orNull(email) })}
              />
              <TextInput
                id={`contact-${index}-phone`}
                type="tel"
                label={m.contactPhone}
                value={contact.phone ?? ''}
                onChange={(phone) => updateContact(index, { phone: orNull(phone) })}
              />
            </div>
            <button
              type="button"
              className="link-button"
              onClick={() =>
                change(
                  'contacts',
                  contacts.filter((_, i) => i !== index),
                )
              }
            >
              {m.contactRemove(index + 1)}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => change('contacts', [...contacts, emptyContact])}
        >
          {m.contactAdd}
        </button>
      </fieldset>
      <fieldset
        id="field-links"
        tabIndex={-1}
        className={errors.links ? 'fieldset form-group form-group--error' : 'fieldset form-group'}
      >
        <legend className="fieldset__legend">{m.linksLegend}</legend>
        {errors.links ? (
          <p className="error-message">
            <span className="visually-hidden">{m.errorPrefix}</span> {errors.links}
          </p>
        ) : null}
        {links.map((link, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are known by their position
          <fieldset key={index} className="row-card fieldset">
            <legend className="row-card__legend">{m.linkRow(index + 1)}</legend>
            <TextInput
              id={`link-${index}-title`}
              label={m.linkTitle}
              wide
              value={link.title}
              onChange={(title) => updateLink(index, { title })}
            />
            <TextInput
              id={`link-${index}-url`}
              type="url"
              label={m.linkUrl}
              wide
              value={link.url}
              onChange={(url) => updateLink(index, { url })}
            />
            <button
              type="button"
              className="link-button"
              onClick={() =>
                change(
                  'links',
                  links.filter((_, i) => i !== index),
                )
              }
            >
              {m.linkRemove(index + 1)}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => change('links', [...links, emptyLink])}
        >
          {m.linkAdd}
        </button>
      </fieldset>
    </>
  );
}
