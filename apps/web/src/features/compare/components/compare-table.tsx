import {
  costBandLabels,
  organisationTypeLabels,
  replicationReadinessLabels,
} from '@registry/contracts/practice-enums';
import type { PracticePassport } from '@registry/contracts/practices';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatNumber } from '../../../lib/format';
import { compareMessages as m } from '../messages';

/** A passport text as paragraphs, one per line as written. */
function Text({ text }: { text: string }) {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 0) return <p className="compare__muted">{m.notSpecified}</p>;
  return (
    <>
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines of one immutable text, never reordered
        <p key={index}>{line}</p>
      ))}
    </>
  );
}

const value = (n: number | null) => (n === null ? '—' : formatNumber(n));

function Results({ p }: { p: PracticePassport }) {
  return (
    <>
      {p.resultsNarrative.trim() ? <Text text={p.resultsNarrative} /> : null}
      {p.indicators.length > 0 ? (
        <ul className="compare__list">
          {p.indicators.map((indicator) => (
            <li key={indicator.name}>
              {m.indicator(
                indicator.name,
                value(indicator.baseline),
                value(indicator.achieved),
                indicator.unit,
              )}
              {indicator.year ? ` (${indicator.year})` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      {!p.resultsNarrative.trim() && p.indicators.length === 0 ? (
        <p className="compare__muted">{m.notSpecified}</p>
      ) : null}
    </>
  );
}

function Pairs({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="compare__pairs">
      {items.map(([label, content]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{content}</dd>
        </div>
      ))}
    </dl>
  );
}

const orNotSpecified = (text: string) => text.trim() || m.notSpecified;
const yesNo = (available: boolean) => (available ? m.yes : m.no);

/** The rows of the comparison, in the order the issue names them, after where and who. */
const ROWS: { key: keyof typeof m.rows; cell: (p: PracticePassport) => ReactNode }[] = [
  { key: 'region', cell: (p) => `${p.region.nameRu} (${p.region.district.shortRu})` },
  {
    key: 'organisation',
    cell: (p) => `${p.organisation.name}, ${organisationTypeLabels[p.organisation.type].toLowerCase()}`,
  },
  {
    key: 'period',
    cell: (p) => (p.period.endYear ? `${p.period.startYear}–${p.period.endYear}` : `с ${p.period.startYear}`),
  },
  { key: 'goals', cell: (p) => <Text text={p.goals} /> },
  {
    key: 'targetGroups',
    cell: (p) =>
      p.targetGroups.length > 0 ? (
        <ul className="compare__list">
          {p.targetGroups.map((group) => (
            <li key={group.code}>{group.nameRu}</li>
          ))}
        </ul>
      ) : (
        <p className="compare__muted">{m.notSpecified}</p>
      ),
  },
  { key: 'results', cell: (p) => <Results p={p} /> },
  {
    key: 'resources',
    cell: (p) => (
      <Pairs
        items={[
          [m.staff, orNotSpecified(p.resources.staff)],
          [m.budget, orNotSpecified(p.resources.budget)],
          [m.duration, orNotSpecified(p.resources.duration)],
        ]}
      />
    ),
  },
  {
    key: 'evidence',
    cell: (p) => (
      <>
        <strong>{p.evidenceLevel.nameRu}</strong>
        <p className="compare__note">{p.evidenceLevel.descriptionRu}</p>
      </>
    ),
  },
  { key: 'readiness', cell: (p) => replicationReadinessLabels[p.replicationReadiness] },
  { key: 'cost', cell: (p) => costBandLabels[p.costBand] },
  {
    key: 'support',
    cell: (p) => (
      <Pairs
        items={[
          [m.supportMaterials, yesNo(p.support.methodicalMaterials)],
          [m.supportTraining, yesNo(p.support.training)],
          [m.supportInternship, yesNo(p.support.internship)],
        ]}
      />
    ),
  },
];

interface CompareTableProps {
  practices: PracticePassport[];
  onRemove: (slug: string) => void;
}

/**
 * Practices side by side: one column each, one row per part of the passport. On a narrow screen
 * the table scrolls sideways inside its own focusable region while the row headings stay put.
 */
export function CompareTable({ practices, onRemove }: CompareTableProps) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must be reachable by keyboard (axe scrollable-region-focusable)
    <section className="compare__scroll" aria-labelledby="compare-caption" tabIndex={0}>
      <table className={`compare__table compare__table--${practices.length}`}>
        <caption id="compare-caption" className="visually-hidden">
          {m.tableCaption}
        </caption>
        <thead>
          <tr>
            <td className="compare__corner">
              <span className="compare__hint">{m.scrollHint}</span>
            </td>
            {practices.map((p) => (
              <th key={p.slug} scope="col" className="compare__practice">
                <Link to={`/practices/${p.slug}`} className="compare__practice-link">
                  {p.title}
                </Link>
                <span className="compare__actions">
                  <a href={`/api/practices/${p.slug}/passport.pdf`} download>
                    {m.pdf} <span className="visually-hidden">{m.forPractice(p.title)}</span>
                  </a>
                  <button type="button" className="link-button" onClick={() => onRemove(p.slug)}>
                    {m.remove} <span className="visually-hidden">{m.forPractice(p.title)}</span>
                  </button>
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row">{m.rows[row.key]}</th>
              {practices.map((p) => (
                <td key={p.slug}>{row.cell(p)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
