// The statistics page's sections: key figures, then one chart-table per question, each with
// its CSV download.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatCount } from '../../../lib/format';
import { useStatistics } from '../api/get-statistics';
import { statisticsMessages as m } from '../messages';
import { BarTable } from './bar-table';
import { CsvLink } from './csv-link';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="section stats-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export function StatisticsView() {
  const { data } = useStatistics();
  const { totals } = data;
  const figures = [
    [totals.practices, m.totalPractices(totals.practices)],
    [totals.recommended, m.totalRecommended(totals.recommended)],
    [totals.adoptions, m.totalAdoptions(totals.adoptions)],
    [totals.adoptingRegions, m.totalAdoptingRegions(totals.adoptingRegions)],
  ] as const;
  const activeRegions = data.regions.filter((r) => r.practices + r.adopting + r.adoptedElsewhere > 0);

  return (
    <>
      <section className="section" aria-labelledby="stats-totals">
        <h2 id="stats-totals" className="visually-hidden">
          {m.totalsTitle}
        </h2>
        <ul className="stats-figures">
          {figures.map(([value, label]) => (
            <li key={label} className="stats-figures__item">
              <span className="stats-figures__value">{formatCount(value)}</span>{' '}
              <span className="stats-figures__label">{label}</span>
            </li>
          ))}
        </ul>
      </section>

      <Section id="stats-districts" title={m.districtsTitle}>
        <BarTable
          caption={m.districtsCaption}
          labelHeader={m.colDistrict}
          columns={[{ label: m.colPractices, bar: true }, { label: m.colRecommended }]}
          rows={data.districts.map((d) => ({
            key: d.code,
            label: (
              <>
                {d.nameRu} <span className="hint">({d.shortRu})</span>
              </>
            ),
            values: [d.practices, d.recommended],
          }))}
        />
        <CsvLink table="districts" what={m.districtsTitle} />
      </Section>

      <Section id="stats-regions" title={m.regionsTitle}>
        {activeRegions.length > 0 ? (
          <BarTable
            caption={m.regionsCaption}
            labelHeader={m.colRegion}
            columns={[
              { label: m.colPractices, bar: true },
              { label: m.colRecommended },
              { label: m.colAdopting },
              { label: m.colAdoptedElsewhere },
            ]}
            rows={activeRegions.map((r) => ({
              key: r.code,
              label: <Link to={`/regions/${r.code}`}>{r.nameRu}</Link>,
              values: [r.practices, r.recommended, r.adopting, r.adoptedElsewhere],
            }))}
          />
        ) : (
          <p>{m.regionsEmpty}</p>
        )}
        <p className="hint">{m.regionsAll}</p>
        <CsvLink table="regions" what={m.regionsTitle} />
      </Section>

      <Section id="stats-flows" title={m.flowsTitle}>
        {data.flows.length > 0 ? (
          <BarTable
            caption={m.flowsCaption}
            labelHeader={m.colFlow}
            columns={[{ label: m.colCount, bar: true }]}
            rows={data.flows.map((f) => ({
              key: `${f.sourceCode}-${f.targetCode}`,
              label: (
                <span className="stats-flow">
                  <span className="visually-hidden">{m.from} </span>
                  {f.sourceName} <span aria-hidden="true">{m.arrow}</span>
                  <span className="visually-hidden"> {m.to}</span> {f.targetName}
                </span>
              ),
              values: [f.count],
            }))}
          />
        ) : (
          <p>{m.flowsEmpty}</p>
        )}
        <CsvLink table="flows" what={m.flowsTitle} />
      </Section>

      <Section id="stats-top" title={m.topTitle}>
        {data.topPractices.length > 0 ? (
          <BarTable
            caption={m.topCaption}
            labelHeader={m.colPractice}
            columns={[{ label: m.colRegions, bar: true }]}
            rows={data.topPractices.map((p) => ({
              key: p.slug,
              label: (
                <>
                  <Link to={`/practices/${p.slug}`}>{p.title}</Link>
                  <div className="hint">{p.regionName}</div>
                </>
              ),
              values: [p.adoptions],
            }))}
          />
        ) : (
          <p>{m.topEmpty}</p>
        )}
        <CsvLink table="top-practices" what={m.topTitle} />
      </Section>
    </>
  );
}
