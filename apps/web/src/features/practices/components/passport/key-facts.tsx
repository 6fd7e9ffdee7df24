import {
  costBandLabels,
  organisationTypeLabels,
  replicationReadinessLabels,
} from '@registry/contracts/practice-enums';
import type { PracticePassport } from '@registry/contracts/practices';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatPeriodLong } from '../../lib/format';
import { passportMessages as m } from '../../messages';
import { StatusTag } from '../practice-tags';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The passport's key facts at a glance: where, who, since when, how proven, how ready to copy. */
export function KeyFacts({ practice: p }: { practice: PracticePassport }) {
  return (
    <section className="key-facts" aria-labelledby="facts">
      <h2 id="facts" className="visually-hidden">
        {m.factsTitle}
      </h2>
      <dl className="summary-list">
        <Row label={m.regionLabel}>
          <Link to={`/regions/${p.region.code}`}>{p.region.nameRu}</Link>
        </Row>
        <Row label={m.districtLabel}>{p.region.district.nameRu}</Row>
        <Row label={m.organisationLabel}>
          {p.organisation.name}
          <span className="summary-list__note">{organisationTypeLabels[p.organisation.type]}</span>
        </Row>
        <Row label={m.periodLabel}>{formatPeriodLong(p.period.startYear, p.period.endYear)}</Row>
        <Row label={m.evidenceLabel}>
          <strong>{p.evidenceLevel.nameRu}</strong>
          <span className="summary-list__note">{p.evidenceLevel.descriptionRu}</span>
        </Row>
        <Row label={m.readinessLabel}>{replicationReadinessLabels[p.replicationReadiness]}</Row>
        <Row label={m.costLabel}>{costBandLabels[p.costBand]}</Row>
        <Row label={m.statusLabel}>
          <StatusTag status={p.status} />
        </Row>
      </dl>
    </section>
  );
}
