import { Link } from 'react-router';
import { useNominationPage } from '../api/public-contests';
import { contestMessages as m } from '../messages';
import { AwardTag } from './award-tag';
import { ContestFacts } from './contest-facts';

/** A nomination: its entries (public from the start) and, once published, who won. */
export function NominationView({ slug, nominationSlug }: { slug: string; nominationSlug: string }) {
  const { data } = useNominationPage(slug, nominationSlug);
  const published = data.nomination.resultsPublishedAt !== null;
  return (
    <>
      {data.nomination.description ? <p className="lead">{data.nomination.description}</p> : null}
      <ContestFacts contest={data.contest} resultsPublished={published} />
      <section className="section" aria-labelledby="entries">
        <h2 id="entries">{m.entries}</h2>
        <p className="notice">
          {published ? m.resultsNote(data.contest.awardLabels) : m.pendingNote(data.contest.awardLabels)}
        </p>
        {data.entries.length === 0 ? <p>{m.noEntries}</p> : null}
        <ul className="contest-list">
          {data.entries.map(({ practice, award }) => (
            <li
              key={practice.slug}
              className={award ? `contest-card contest-card--${award}` : 'contest-card'}
            >
              <h3 className="contest-card__title">
                <Link to={`/practices/${practice.slug}`}>{practice.title}</Link>
              </h3>
              <p className="contest-card__meta">
                <span>{practice.region.nameRu}</span>
                <span>{practice.organisationName}</span>
              </p>
              {award || practice.isDemo ? (
                <p className="contest-card__tags">
                  {award ? <AwardTag award={award} labels={data.contest.awardLabels} /> : null}
                  {practice.isDemo ? <strong className="tag tag--orange">{m.demo}</strong> : null}
                </p>
              ) : null}
              <p className="contest-card__text">{practice.summary}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
