// Highlighted copies of a card's text for a search: the title and organisation whole, the body
// as up to two fragments. Marks are the private-use characters HIGHLIGHT_START/END
// (packages/contracts/src/practices.ts), which the web turns into <mark>.
// Computed for the rows of one page only (ts_headline re-parses the text, it is not cheap).

const MARKS = `'StartSel=' || chr(57344) || ', StopSel=' || chr(57345)`;

/**
 * SELECT-list expressions over a practice aliased `p`, given the SQL of the search's tsquery
 * (or null without a search): `snippet`, `title_highlight`, `organisation_highlight`.
 */
export function highlightColumnsSql(tsQuery: string | null): string {
  if (!tsQuery) return 'NULL AS snippet, NULL AS title_highlight, NULL AS organisation_highlight';
  const whole = (column: string) =>
    `ts_headline('russian', ${column}, ${tsQuery}, ${MARKS} || ', HighlightAll=true')`;
  return `ts_headline('russian', p.summary || ' ' || p.problem || ' ' || p.methods, ${tsQuery},
            ${MARKS} || ', MaxFragments=2, MaxWords=22, MinWords=8, FragmentDelimiter=" … "') AS snippet,
          ${whole('p.title')} AS title_highlight,
          ${whole('p.organisation_name')} AS organisation_highlight`;
}
