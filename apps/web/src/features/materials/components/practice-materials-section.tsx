import { SectionBoundary } from '../../../components/section-boundary';
import { usePracticeMaterials } from '../api/get-practice-materials';
import { materialMessages as m } from '../messages';
import { MaterialMeta } from './material-meta';

function PracticeMaterialsList({ slug }: { slug: string }) {
  const { data } = usePracticeMaterials(slug);
  if (data.items.length === 0) return <p className="hint">{m.none}</p>;
  return (
    <ul className="materials-list">
      {data.items.map((material) => (
        <li key={material.id} className="material">
          <a className="material__link" href={material.url} download={material.fileName}>
            {material.title}
          </a>
          <MaterialMeta material={material} />
        </li>
      ))}
    </ul>
  );
}

/** «Методические материалы» below the passport: each file with its type, format and size. */
export function PracticeMaterialsSection({ slug }: { slug: string }) {
  return (
    <section className="passport__section materials" aria-labelledby="materials">
      <h2 id="materials" tabIndex={-1}>
        {m.sectionTitle}
      </h2>
      <SectionBoundary loadingLabel={m.loading}>
        <PracticeMaterialsList slug={slug} />
      </SectionBoundary>
    </section>
  );
}
