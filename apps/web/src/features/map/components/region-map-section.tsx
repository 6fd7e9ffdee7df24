// The map of regions as a page section, for the regions and statistics pages.
import { Link } from 'react-router';
import { SectionBoundary } from '../../../components/section-boundary';
import { mapMessages as m } from '../messages';
import { RegionFiguresMap } from './region-figures-map';

export function RegionMapSection() {
  return (
    <section className="section region-map" aria-labelledby="region-map-title">
      <h2 id="region-map-title">{m.figuresTitle}</h2>
      <p className="hint">{m.figuresLead}</p>
      <SectionBoundary loadingLabel={m.loading}>
        <RegionFiguresMap />
      </SectionBoundary>
      <p>
        <Link to="/coverage">{m.seeCoverage}</Link>
      </p>
    </section>
  );
}
