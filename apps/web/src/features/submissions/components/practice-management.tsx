// The staff view of one practice: status, passport, what can be done with it, and its history.
import { Link, useLocation } from 'react-router';
import { SectionBoundary } from '../../../components/section-boundary';
import { formatDateTime } from '../../../lib/format';
import { useSubmission } from '../api/get-submission';
import { submissionMessages as m } from '../messages';
import { ActionPanel } from './action-panel';
import { HistoryTimeline } from './history-timeline';
import { PassportSummary } from './passport-summary';
import { SlugRow } from './slug-form';
import { StatusTag } from './status-tag';
import { VersionHistory } from './version-history';

export function PracticeManagement({ id }: { id: number }) {
  const { data: practice } = useSubmission(id);
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  return (
    <div className="management">
      {notice ? (
        <p className="notice notice--success" role="status">
          {notice}
        </p>
      ) : null}
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{m.statusLabel}</dt>
          <dd>
            <StatusTag status={practice.status} />{' '}
            <span className="muted">{formatDateTime(practice.statusChangedAt)}</span>
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{m.regionLabel}</dt>
          <dd>{practice.regionName}</dd>
        </div>
        <SlugRow practice={practice} />
      </dl>
      <div className="management__links">
        {practice.canEdit ? (
          <Link className="button" to={`/account/practices/${id}/edit`}>
            {m.edit}
          </Link>
        ) : null}
        {(practice.status === 'published' || practice.status === 'recommended') && practice.passport.slug ? (
          <Link to={`/practices/${practice.passport.slug}`}>{m.openPublic}</Link>
        ) : null}
      </div>
      <section className="section" aria-labelledby="actions-title">
        <h2 id="actions-title">{m.actionsTitle}</h2>
        <ActionPanel practice={practice} />
      </section>
      <div className="management__columns">
        <section className="section management__passport" aria-labelledby="passport-title">
          <h2 id="passport-title">{m.passportTitle}</h2>
          <PassportSummary practice={practice} />
        </section>
        <section className="section management__history" aria-labelledby="history-title">
          <h2 id="history-title">{m.historyTitle}</h2>
          <SectionBoundary loadingLabel={m.historyLoading}>
            <HistoryTimeline id={id} />
          </SectionBoundary>
        </section>
      </div>
      <section className="section" aria-labelledby="versions-title">
        <h2 id="versions-title">{m.versionsTitle}</h2>
        <p className="muted">{m.versionsLead}</p>
        <SectionBoundary loadingLabel={m.versionsLoading}>
          <VersionHistory id={id} />
        </SectionBoundary>
      </section>
    </div>
  );
}
