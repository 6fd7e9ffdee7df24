import { Form, Link } from 'react-router';
import { appName, homeMessages as m } from '../../components/messages';
import { PageMeta, useAbsoluteUrl } from '../../components/page-meta';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { practicesPageQueryOptions } from '../../features/practices/api/list-practices';
import {
  RecommendedPractices,
  recommendedQuery,
} from '../../features/practices/components/recommended-practices';
import { ThemeTiles } from '../../features/themes/components/theme-tiles';
import { getQueryClient } from '../../lib/query-client';
import { themesQueryOptions } from '../../lib/reference-queries';

export async function loader() {
  // Settled, not thrown: a failed section shows its own error and retry under the hero.
  await Promise.allSettled([
    getQueryClient().ensureQueryData(themesQueryOptions()),
    getQueryClient().ensureQueryData(practicesPageQueryOptions(recommendedQuery)),
  ]);
  return null;
}

export function Component() {
  const absolute = useAbsoluteUrl();
  // schema.org WebSite with a SearchAction: search engines may offer a search box for the site.
  const site = {
    '@type': 'WebSite',
    name: appName,
    url: absolute('/'),
    inLanguage: 'ru',
    potentialAction: {
      '@type': 'SearchAction',
      target: `${absolute('/practices')}?q={search_term_string}`,
      'query-input': 'required name=search_term_string',
    },
  };
  return (
    <>
      <PageMeta title={appName} description={m.lead} path="/" jsonLd={site} />
      <section className="hero">
        <PageTitle>{appName}</PageTitle>
        <p className="lead">{m.lead}</p>
        {/* A GET form to the catalogue: works as a link would, and the catalogue reads ?q=. */}
        <Form method="get" action="/practices" role="search" className="search-form hero__search">
          <label htmlFor="home-q" className="search-form__label">
            {m.searchLabel}
          </label>
          <p id="home-q-hint" className="hint">
            {m.searchHint}
          </p>
          <div className="search-form__row">
            <input
              id="home-q"
              className="search-form__input"
              type="search"
              name="q"
              maxLength={200}
              autoComplete="off"
              enterKeyHint="search"
              aria-describedby="home-q-hint"
            />
            <button type="submit" className="button search-form__button">
              {m.searchSubmit}
            </button>
          </div>
        </Form>
        <ul className="hero__links">
          <li>
            <Link to="/practices">{m.toCatalogue}</Link>
          </li>
          <li>
            <Link to="/regions">{m.toRegions}</Link>
          </li>
        </ul>
      </section>
      <section className="section" aria-labelledby="home-themes">
        <h2 id="home-themes">{m.themesTitle}</h2>
        <p>{m.themesLead}</p>
        <SectionBoundary loadingLabel={m.themesLoading}>
          <ThemeTiles />
        </SectionBoundary>
      </section>
      <section className="section" aria-labelledby="home-recommended">
        <h2 id="home-recommended">{m.recommendedTitle}</h2>
        <p>{m.recommendedLead}</p>
        <SectionBoundary loadingLabel={m.recommendedLoading}>
          <RecommendedPractices />
        </SectionBoundary>
        <p className="section__more">
          <Link to="/practices?status=recommended">{m.allRecommended}</Link>
        </p>
      </section>
      <section className="section" aria-labelledby="home-steps">
        <h2 id="home-steps">{m.stepsTitle}</h2>
        <ol className="steps">
          {m.steps.map((step) => (
            <li key={step.title} className="steps__item">
              <h3>{step.title}</h3>
              <p>{step.text}</p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
