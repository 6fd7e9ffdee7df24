import { Link } from 'react-router';
import { appName, homeMessages as m } from '../../components/messages';
import { PageTitle } from '../../components/page-title';

export function Component() {
  return (
    <>
      <section className="hero">
        <PageTitle>{appName}</PageTitle>
        <p className="lead">{m.lead}</p>
        <Link to="/regions" className="button button--start">
          {m.toRegions}
        </Link>
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
