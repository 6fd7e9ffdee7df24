// «Хочу внедрить эту практику» on the passport: the heading, the lead and a button. The form
// (react-hook-form, the contract's schema, a form token from the API) is a separate chunk loaded
// when the visitor opens it, so most visitors never download it and the passport hydrates faster.
import { lazy, Suspense, useState } from 'react';
import { LoadingState } from '../../../components/loading-state';
import { adoptRequestMessages as m } from '../messages';

const AdoptRequestForm = lazy(() =>
  import('./adopt-request-form').then((module) => ({ default: module.AdoptRequestForm })),
);

export function AdoptRequestSection({ slug }: { slug: string }) {
  const [sent, setSent] = useState(false);
  const [open, setOpen] = useState(false);
  return (
    <section className="passport__section adopt-request" aria-labelledby="adopt-request">
      <h2 id="adopt-request" tabIndex={-1}>
        {m.sectionTitle}
      </h2>
      {sent ? (
        <div className="notice adopt-request__sent" role="status">
          <h3 className="empty-state__title">{m.sent}</h3>
          <p>{m.sentText}</p>
        </div>
      ) : (
        <>
          <p>{m.sectionLead}</p>
          {open ? (
            <Suspense fallback={<LoadingState />}>
              <AdoptRequestForm slug={slug} onSent={() => setSent(true)} />
            </Suspense>
          ) : (
            <button type="button" className="button" onClick={() => setOpen(true)}>
              {m.openForm}
            </button>
          )}
        </>
      )}
    </section>
  );
}
