// The tile-grid map of Russia: one equal square link per federal subject, placed by the
// checked-in layout (scripts/region-map-layout.mjs). Tiles come in reading order (row by row),
// so Tab walks the map from north-west to south-east; each tile's accessible name says the
// region and its value, and the value is printed on the tile, so colour is never the only cue.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { mapMessages as m } from '../messages';
import layout from '../region-layout.json';

export interface Tile {
  code: string;
  /** Full region name: the tooltip and the start of the accessible name. */
  nameRu: string;
  /** Short text printed under the label: a number or a mark. */
  value: string;
  /** What the value means, read after the name: «12 практик». */
  description: string;
  /** CSS modifier of the tile's colour. */
  tone: string;
  href: string;
}

const ordered = [...layout.tiles].sort((a, b) => a.row - b.row || a.col - b.col);

export function TileMap({
  label,
  tiles,
  legend,
}: {
  label: string;
  tiles: ReadonlyMap<string, Tile>;
  legend: ReactNode;
}) {
  return (
    <div className="tile-map">
      {/* A scroll region on narrow screens; focusable so a keyboard can scroll it too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1) */}
      <section className="tile-map__scroller" tabIndex={0} aria-label={label}>
        <ul className="tile-map__grid">
          {ordered.map((place) => {
            const tile = tiles.get(place.code);
            if (!tile) return null;
            return (
              <li key={place.code} className={`tile-map__c${place.col + 1} tile-map__r${place.row + 1}`}>
                <Link
                  to={tile.href}
                  className={`tile-map__tile tile-map__tile--${tile.tone}`}
                  title={tile.nameRu}
                  data-region={place.code}
                >
                  {/* The name comes from the content (not aria-label), so the short label and
                      number drawn on the tile never contradict what a screen reader says. */}
                  <span className="visually-hidden">{`${tile.nameRu}: ${tile.description}`}</span>
                  <span className="tile-map__label" aria-hidden="true">
                    {place.label}
                  </span>
                  <span className="tile-map__value" aria-hidden="true">
                    {tile.value}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      </section>
      <p className="hint tile-map__hint">{m.scrollHint}</p>
      <div className="tile-map__legend">{legend}</div>
    </div>
  );
}

/** One legend entry: a swatch of the tone and what it means. */
export function LegendItem({ tone, mark, children }: { tone: string; mark?: string; children: ReactNode }) {
  return (
    <li className="tile-map__legend-item">
      <span className={`tile-map__swatch tile-map__tile--${tone}`} aria-hidden="true">
        {mark}
      </span>
      {children}
    </li>
  );
}
