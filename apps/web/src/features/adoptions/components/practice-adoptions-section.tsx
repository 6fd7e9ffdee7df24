import { SectionBoundary } from '../../../components/section-boundary';
import { adoptionMessages as m } from '../messages';
import { PracticeAdoptions, type Viewer } from './practice-adoptions';

/** «Внедрение в регионах» as a section of its own below the passport, failing on its own. */
export function PracticeAdoptionsSection(props: {
  slug: string;
  practiceRegion: string;
  viewer: Viewer | null;
}) {
  return (
    <section className="passport__section adoptions" aria-labelledby="adoptions">
      <h2 id="adoptions" tabIndex={-1}>
        {m.practiceSectionTitle}
      </h2>
      <SectionBoundary loadingLabel={m.loading}>
        <PracticeAdoptions {...props} />
      </SectionBoundary>
    </section>
  );
}
