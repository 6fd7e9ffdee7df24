import type { PracticeCard as PracticeCardData } from '@registry/contracts/practices';
import { Link } from 'react-router';
import { CompareToggle } from '../../../components/compare-toggle';
import { formatPeriodShort } from '../lib/format';
import { markExcerpt } from '../lib/highlight';
import { practicesMessages as m } from '../messages';
import { HighlightedText } from './highlighted-text';
import { DemoTag, InternshipTag, StatusTag } from './practice-tags';

interface PracticeCardProps {
  practice: PracticeCardData;
  /** Cards sit under a section's h2 everywhere, so h3 unless told otherwise. */
  headingLevel?: 2 | 3;
  /** Shows «Сравнить», which adds the practice to the comparison (catalogue cards). */
  comparable?: boolean;
}

/** One practice in a list: what it is, where, how proven, and a link to its passport. */
export function PracticeCard({ practice: p, headingLevel = 3, comparable = false }: PracticeCardProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="practice-card">
      <Heading className="practice-card__title">
        <Link to={`/practices/${p.slug}`}>
          {p.titleHighlight ? <HighlightedText text={p.titleHighlight} /> : p.title}
        </Link>
      </Heading>
      <p className="practice-card__meta">
        <span>
          {p.region.nameRu}, {p.region.districtShortRu}
        </span>
        <span>
          {p.organisationHighlight ? <HighlightedText text={p.organisationHighlight} /> : p.organisationName}
        </span>
      </p>
      <p className="practice-card__tags">
        <StatusTag status={p.status} />
        {p.canHostInternship ? <InternshipTag /> : null}
        {p.isDemo ? <DemoTag /> : null}
      </p>
      <p className="practice-card__text">
        {p.snippet ? <HighlightedText text={markExcerpt(p.snippet)} /> : p.summary}
      </p>
      <dl className="practice-card__facts">
        <div>
          <dt>{m.evidenceLabel}</dt>
          <dd>{p.evidenceLevel.nameRu}</dd>
        </div>
        <div>
          <dt>{m.periodLabel}</dt>
          <dd>{formatPeriodShort(p.startYear, p.endYear)}</dd>
        </div>
        {p.themes.length > 0 ? (
          <div className="practice-card__themes">
            <dt>{m.themesLabel}</dt>
            <dd>{p.themes.map((theme) => theme.nameRu).join(' · ')}</dd>
          </div>
        ) : null}
      </dl>
      {comparable ? <CompareToggle slug={p.slug} title={p.title} /> : null}
    </article>
  );
}
