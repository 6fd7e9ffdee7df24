import { outboxStatusLabels } from '@registry/contracts/notifications';
import type { ReactNode } from 'react';
import { formatTimestamp } from '../../../lib/format';
import { useOutboxMessage, useRetryMessage } from '../api/get-outbox-message';
import { mailMessages as m, statusTagClass } from '../messages';

/** One message: who, what, its delivery state with the server's answer, its links and text. */
export function OutboxMessageView({ id }: { id: number }) {
  const { data: message } = useOutboxMessage(id);
  const retry = useRetryMessage(id);
  const row = (label: string, value: ReactNode) => (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <>
      <dl className="summary-list">
        {row(m.recipient, message.recipient)}
        {row(m.subject, message.subject)}
        {row(
          m.status,
          <>
            <span className={statusTagClass[message.status]}>{outboxStatusLabels[message.status]}</span>{' '}
            {m.attempts(message.attempts)}
          </>,
        )}
        {row(m.created, formatTimestamp(message.createdAt))}
        {message.sentAt ? row(m.sentAt, formatTimestamp(message.sentAt)) : null}
        {message.nextAttemptAt && message.status === 'retrying'
          ? row(m.nextAttempt, formatTimestamp(message.nextAttemptAt))
          : null}
        {message.lastError ? row(m.lastError, <code className="mail-error">{message.lastError}</code>) : null}
      </dl>
      {message.status === 'failed' ? (
        <p>
          <button type="button" className="button" disabled={retry.isPending} onClick={() => retry.mutate()}>
            {m.retry}
          </button>
          {retry.isError ? (
            <span className="error-message" role="alert">
              {m.retryFailed}
            </span>
          ) : null}
        </p>
      ) : null}
      {message.links.length > 0 ? (
        <section className="section" aria-labelledby="mail-links">
          <h2 id="mail-links">{m.links}</h2>
          <ul className="mail-links">
            {message.links.map((link) => (
              <li key={link}>
                <a href={link} className="mail-link">
                  {link}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="section" aria-labelledby="mail-text">
        <h2 id="mail-text">{m.text}</h2>
        <pre className="mail-text">{message.text}</pre>
      </section>
    </>
  );
}
