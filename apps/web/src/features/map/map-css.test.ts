// @vitest-environment node
// The map's grid cells are CSS classes (map.css), because server-rendered HTML may not carry style
// attributes: the classes must cover every cell of the checked-in layout.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import layout from './region-layout.json';

const css = readFileSync(join(import.meta.dirname, 'map.css'), 'utf8');

describe('map.css', () => {
  it('declares the grid size of region-layout.json', () => {
    expect(css).toContain(`--map-columns: ${layout.columns};`);
    expect(css).toContain(`--map-rows: ${layout.rows};`);
  });

  it('has a column and a row class for every tile of the layout', () => {
    for (const tile of layout.tiles) {
      expect(css, tile.code).toContain(`.tile-map__c${tile.col + 1} {\n  grid-column: ${tile.col + 1};`);
      expect(css, tile.code).toContain(`.tile-map__r${tile.row + 1} {\n  grid-row: ${tile.row + 1};`);
    }
  });
});
