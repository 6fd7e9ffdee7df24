// «Открытые данные»: what the data set is, its licence and freshness, where to download it, and
// the field dictionary, all from GET /api/open-data/dictionary (one definition of the columns).
import { Link } from 'react-router';
import { formatCount, formatDateTime } from '../../../lib/format';
import { useDictionary } from '../api/get-dictionary';
import { openDataMessages as m } from '../messages';
import { ColumnTable } from './column-table';

export function OpenDataView() {
  const { data } = useDictionary();
  return (
    <>
      <section className="section" aria-labelledby="open-data-about">
        <h2 id="open-data-about">{m.aboutTitle}</h2>
        <dl className="open-data__facts">
          <dt>{m.licence}</dt>
          <dd>
            <a href={data.licence.url} rel="license">
              {data.licence.name}
            </a>
            . {m.licenceNote}
          </dd>
          <dt>{m.updated}</dt>
          <dd>{data.updatedAt ? formatDateTime(data.updatedAt) : m.updatedNever}</dd>
          <dt>{m.practiceCount}</dt>
          <dd>
            {formatCount(data.practiceCount)} {m.count(data.practiceCount)}
          </dd>
        </dl>
        <p>{m.personalData}</p>
      </section>
      <section className="section" aria-labelledby="open-data-download">
        <h2 id="open-data-download">{m.downloadTitle}</h2>
        <ul className="open-data__downloads">
          {data.downloads.map((download) => (
            <li key={download.format}>
              <a href={download.url} download>
                {m.formats[download.format]}
              </a>
            </li>
          ))}
        </ul>
        <p>
          {m.selectionHint} <Link to="/practices">{m.toCatalogue}</Link>
        </p>
      </section>
      <section className="section" aria-labelledby="open-data-api">
        <h2 id="open-data-api">{m.apiTitle}</h2>
        <p>{m.apiText}</p>
        <ul className="open-data__downloads">
          <li>
            <a href={data.openApiUrl}>{m.openApiJson}</a>
          </li>
          <li>
            <a href="/api/docs">{m.apiDocs}</a>
          </li>
        </ul>
        <p>{m.feedsText}</p>
      </section>
      <section className="section" aria-labelledby="open-data-fields">
        <h2 id="open-data-fields">{m.dictionaryTitle}</h2>
        <p>{m.dictionaryLead}</p>
        <ColumnTable caption={m.mainTable} columns={data.practices} />
        {data.sections.map((section) => (
          <ColumnTable key={section.name} caption={m.section(section.titleRu)} columns={section.columns} />
        ))}
        <p>{m.sectionNote}</p>
      </section>
    </>
  );
}
