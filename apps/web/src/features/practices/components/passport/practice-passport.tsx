import type { PracticePassport as Passport } from '@registry/contracts/practices';
import { type CSSProperties, type ReactNode, useEffect, useState } from 'react';
import { IndicatorsTable } from '../../../../components/indicators-table';
import { PageTitle } from '../../../../components/page-title';
import { passportMessages as m } from '../../messages';
import { KeyFacts } from './key-facts';
import { Contacts, ExternalLinks, Resources, Support, ThemeLinks } from './passport-details';
import { ReviewOutcome } from './review-outcome';
import { TextContent } from './text-content';

interface Section {
  id: string;
  title: string;
  content: ReactNode;
}

function sectionsOf(p: Passport): Section[] {
  const sections: (Section | false)[] = [
    { id: 'problem', title: m.problemTitle, content: <TextContent text={p.problem} /> },
    { id: 'goals', title: m.goalsTitle, content: <TextContent text={p.goals} /> },
    { id: 'methods', title: m.methodsTitle, content: <TextContent text={p.methods} /> },
    (p.resultsNarrative.trim() !== '' || p.indicators.length > 0) && {
      id: 'results',
      title: m.resultsTitle,
      content: (
        <>
          <TextContent text={p.resultsNarrative} />
          {p.indicators.length > 0 ? (
            <IndicatorsTable indicators={p.indicators} caption={m.indicatorsCaption} />
          ) : null}
        </>
      ),
    },
    { id: 'resources', title: m.resourcesTitle, content: <Resources resources={p.resources} /> },
    { id: 'support', title: m.supportTitle, content: <Support support={p.support} /> },
    p.partners.trim() !== '' && {
      id: 'partners',
      title: m.partnersTitle,
      content: <TextContent text={p.partners} />,
    },
    p.targetGroups.length > 0 && {
      id: 'target-groups',
      title: m.targetGroupsTitle,
      content: (
        <ul className="plain-list">
          {p.targetGroups.map((group) => (
            <li key={group.code}>{group.nameRu}</li>
          ))}
        </ul>
      ),
    },
    p.themes.length > 0 && { id: 'themes', title: m.themesTitle, content: <ThemeLinks themes={p.themes} /> },
    { id: 'contacts', title: m.contactsTitle, content: <Contacts contacts={p.contacts} /> },
    p.links.length > 0 && { id: 'links', title: m.linksTitle, content: <ExternalLinks links={p.links} /> },
  ];
  return sections.filter((section) => section !== false);
}

/** The public passport: title, key facts, a contents list and one section per part. */
export function PracticePassport({ practice, similar }: { practice: Passport; similar: ReactNode }) {
  const sections = sectionsOf(practice);
  // The site's address for links printed in full (passport.css, @media print); known only in the
  // browser, so it is set after the first render.
  const [origin, setOrigin] = useState('');
  useEffect(() => setOrigin(window.location.origin), []);
  return (
    <article
      className="passport"
      style={origin ? ({ '--print-origin': JSON.stringify(origin) } as CSSProperties) : undefined}
    >
      <PageTitle caption={m.caption}>{practice.title}</PageTitle>
      {practice.isDemo ? (
        <div className="notice notice--warning">
          <p className="notice__title">{m.demoNoticeTitle}</p>
          <p>{m.demoNotice}</p>
        </div>
      ) : null}
      <p className="lead">{practice.summary}</p>
      <ReviewOutcome practice={practice} />
      <KeyFacts practice={practice} />
      <p className="passport__download">
        {/* A plain <a>: the file is made by the API, outside the single-page app. */}
        <a href={`/api/practices/${practice.slug}/passport.pdf`} download className="passport__pdf-link">
          {m.pdfDownload}
        </a>
        <span className="passport__download-hint">{m.pdfHint}</span>
      </p>
      <nav className="contents" aria-labelledby="contents-title">
        <h2 id="contents-title" className="contents__title">
          {m.contentsTitle}
        </h2>
        <ol className="contents__list">
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
          <li>
            <a href="#similar">{m.similarTitle}</a>
          </li>
        </ol>
      </nav>
      {sections.map((section) => (
        <section key={section.id} className="passport__section" aria-labelledby={section.id}>
          <h2 id={section.id} tabIndex={-1}>
            {section.title}
          </h2>
          {section.content}
        </section>
      ))}
      <section className="passport__section passport__section--similar" aria-labelledby="similar">
        <h2 id="similar" tabIndex={-1}>
          {m.similarTitle}
        </h2>
        {similar}
      </section>
    </article>
  );
}
