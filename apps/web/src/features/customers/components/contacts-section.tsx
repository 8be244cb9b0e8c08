import { ZCreateContactRequest } from '@customeric/contracts';
import { type FormEvent, useState } from 'react';
import { TextField } from '../../../components/ui/field.tsx';
import { LoadMore } from '../../../components/ui/load-more.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { getIssueFieldErrors, type TFieldErrors } from '../../../lib/field-errors.ts';
import { useContacts, useCreateContact } from '../api/contacts.ts';

function NewContactForm({ customerId, onClose }: { customerId: string; onClose: () => void }) {
  const create = useCreateContact(customerId);
  const [errors, setErrors] = useState<TFieldErrors>({});
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = ZCreateContactRequest.safeParse({
      name: String(data.get('name') ?? ''),
      email: String(data.get('email') ?? '').trim(),
      phone: String(data.get('phone') ?? ''),
      title: String(data.get('title') ?? ''),
      isPrimary: data.get('isPrimary') === 'on',
    });
    if (!parsed.success) return setErrors(getIssueFieldErrors(parsed.error.issues));
    setErrors({});
    create.mutate(parsed.data, { onSuccess: onClose });
  }
  return (
    <form className="form" onSubmit={handleSubmit} noValidate aria-label="New contact">
      <ProblemAlert error={create.error} title="The contact was not added" />
      <div className="form__grid">
        <TextField label="Name" name="name" required autoFocus error={errors.name} />
        <TextField label="E-mail" name="email" type="email" error={errors.email} />
        <TextField label="Phone" name="phone" error={errors.phone} />
        <TextField label="Title" name="title" error={errors.title} />
      </div>
      <label className="checkbox">
        <input type="checkbox" name="isPrimary" />
        <span>Primary contact</span>
      </label>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          Add contact
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function ContactsSection({
  customerId,
  canWrite,
}: {
  customerId: string;
  canWrite: boolean;
}) {
  const contacts = useContacts(customerId);
  const [adding, setAdding] = useState(false);
  const items = contacts.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="card" aria-labelledby="contacts-title">
      <div className="section-heading section-heading--tight">
        <h2 id="contacts-title">Contacts</h2>
        {canWrite && !adding ? (
          <button type="button" className="button button--small" onClick={() => setAdding(true)}>
            Add contact
          </button>
        ) : null}
      </div>
      {adding ? <NewContactForm customerId={customerId} onClose={() => setAdding(false)} /> : null}
      <ProblemAlert error={contacts.error} title="The contacts could not be loaded" />
      {contacts.isSuccess && items.length === 0 ? <p className="muted">No contacts yet.</p> : null}
      <ul className="contact-list">
        {items.map((contact) => (
          <li key={contact.id}>
            <strong>{contact.name}</strong>
            {contact.isPrimary ? <span className="tag">primary</span> : null}
            {contact.title ? <span className="muted"> · {contact.title}</span> : null}
            <br />
            {contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : null}
            {contact.phone ? <span className="muted"> {contact.phone}</span> : null}
          </li>
        ))}
      </ul>
      {contacts.hasNextPage ? (
        <LoadMore
          hasNextPage
          isFetchingNextPage={contacts.isFetchingNextPage}
          onLoadMore={() => contacts.fetchNextPage()}
          shown={items.length}
          nouns={['contact', 'contacts']}
        />
      ) : null}
    </section>
  );
}
