import type { StaffNomination } from '@registry/contracts/contests-staff';
import { Link } from 'react-router';
import { contestMessages as m } from '../messages';
import { AwardTag } from './award-tag';
import { ScoreForm } from './score-form';

/** Entries as experts and coordinators see them; experts score each one they may. */
export function NominationEntries({ nomination }: { nomination: StaffNomination }) {
  return (
    <section className="section" aria-labelledby="staff-entries">
      <h2 id="staff-entries">{m.entries}</h2>
      {nomination.entries.length === 0 ? <p>{m.noEntries}</p> : null}
      <ul className="contest-list">
        {nomination.entries.map((entry) => {
          const mine = entry.scores[0];
          return (
            <li key={entry.id} className="contest-card">
              <h3 className="contest-card__title">
                <Link to={`/practices/${entry.practice.slug}`}>{entry.practice.title}</Link>
              </h3>
              <p className="contest-card__meta">
                <span>{entry.practice.region.nameRu}</span>
                <span>{entry.practice.organisationName}</span>
                {mine ? <strong>{m.myScore(mine.weightedScore)}</strong> : null}
              </p>
              {entry.award ? (
                <p>
                  <AwardTag award={entry.award} labels={nomination.contest.awardLabels} />
                </p>
              ) : null}
              {nomination.can.score && entry.canScore ? (
                <details className="score-details" open={!mine}>
                  <summary>{mine ? m.scoreAgain : m.scoreTitle}</summary>
                  <ScoreForm nomination={nomination} entry={entry} />
                </details>
              ) : null}
              {nomination.can.score && !entry.canScore ? <p className="hint">{m.cannotScore}</p> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
