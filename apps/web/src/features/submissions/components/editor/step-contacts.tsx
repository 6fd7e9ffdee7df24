// Step 7: public contacts of the team and links to materials.
import type { Contact, Link } from '@registry/contracts/practice-passport';
import type { AutosaveForm } from '../../hooks/use-autosave';
import { submissionMessages as m } from '../../messages';
import { TextInput } from './fields';
import { RowList } from './row-list';

const emptyContact: Contact = { name: '', role: null, email: null, phone: null };
const emptyLink: Link = { title: '', url: '' };
const orNull = (value: string) => (value.trim() === '' ? null : value);

export function StepContacts({ form }: { form: AutosaveForm }) {
  const { values, errors, change } = form;
  return (
    <>
      <RowList
        id="field-contacts"
        legend={m.contactsLegend}
        error={errors.contacts}
        rows={values.contacts ?? []}
        empty={emptyContact}
        onChange={(rows) => change('contacts', rows)}
        rowLegend={m.contactRow}
        removeLabel={m.contactRemove}
        addLabel={m.contactAdd}
        renderRow={(contact, index, update) => (
          <div className="row-card__fields">
            <TextInput
              id={`contact-${index}-name`}
              label={m.contactName}
              value={contact.name}
              onChange={(name) => update({ name })}
            />
            <TextInput
              id={`contact-${index}-role`}
              label={m.contactRole}
              value={contact.role ?? ''}
              onChange={(role) => update({ role: orNull(role) })}
            />
            <TextInput
              id={`contact-${index}-email`}
              type="email"
              label={m.contactEmail}
              value={contact.email ?? ''}
              onChange={(email) => update({ email: orNull(email) })}
            />
            <TextInput
              id={`contact-${index}-phone`}
              type="tel"
              label={m.contactPhone}
              value={contact.phone ?? ''}
              onChange={(phone) => update({ phone: orNull(phone) })}
            />
          </div>
        )}
      />
      <RowList
        id="field-links"
        legend={m.linksLegend}
        error={errors.links}
        rows={values.links ?? []}
        empty={emptyLink}
        onChange={(rows) => change('links', rows)}
        rowLegend={m.linkRow}
        removeLabel={m.linkRemove}
        addLabel={m.linkAdd}
        renderRow={(link, index, update) => (
          <>
            <TextInput
              id={`link-${index}-title`}
              label={m.linkTitle}
              wide
              value={link.title}
              onChange={(title) => update({ title })}
            />
            <TextInput
              id={`link-${index}-url`}
              type="url"
              label={m.linkUrl}
              wide
              value={link.url}
              onChange={(url) => update({ url })}
            />
          </>
        )}
      />
    </>
  );
}
