// The checked-in tile layout (written by scripts/region-map-layout.mjs) against the federal
// subjects of the seed: one tile each, no two on one cell, and the country's rough shape.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import layout from './region-layout.json';

const seed = JSON.parse(readFileSync(join(__dirname, '../../../../../prisma/seed/regions.json'), 'utf8')) as {
  regions: { code: string; districtCode: string }[];
};
const tile = (code: string) => {
  const found = layout.tiles.find((t) => t.code === code);
  if (!found) throw new Error(`no tile for ${code}`);
  return found;
};
const others = (code: string) => layout.tiles.filter((t) => t.code !== code);

describe('the tile map of Russia', () => {
  it('has exactly one tile for every one of the 89 federal subjects, and no other', () => {
    const codes = layout.tiles.map((t) => t.code).sort();
    expect(codes).toEqual(seed.regions.map((r) => r.code).sort());
    expect(new Set(codes).size).toBe(89);
  });

  it('puts no two tiles on one cell, and every tile inside the grid', () => {
    const cells = new Set(layout.tiles.map((t) => `${t.col}:${t.row}`));
    expect(cells.size).toBe(layout.tiles.length);
    for (const t of layout.tiles) {
      expect(t.col).toBeGreaterThanOrEqual(0);
      expect(t.col).toBeLessThan(layout.columns);
      expect(t.row).toBeGreaterThanOrEqual(0);
      expect(t.row).toBeLessThan(layout.rows);
      expect(t.label).toMatch(/^[А-ЯЁ]{3}$/);
    }
  });

  it('keeps Калининградская область westmost and Чукотский автономный округ eastmost', () => {
    for (const t of others('39')) expect(t.col).toBeGreaterThan(tile('39').col);
    for (const t of others('87')) expect(t.col).toBeLessThan(tile('87').col);
  });

  it('keeps the Caucasus republics in the south-west and Мурманская область in the north', () => {
    const caucasus = ['01', '05', '06', '07', '09', '15', '20'];
    for (const code of caucasus) {
      expect(tile(code).row).toBeGreaterThanOrEqual(layout.rows - 3);
      expect(tile(code).col).toBeLessThan(layout.columns / 2);
    }
    expect(tile('51').row).toBeLessThanOrEqual(1);
  });

  it('keeps neighbours near: Москва beside Московская область, Санкт-Петербург beside Ленинградская', () => {
    const apart = (a: string, b: string) =>
      Math.max(Math.abs(tile(a).col - tile(b).col), Math.abs(tile(a).row - tile(b).row));
    expect(apart('77', '50')).toBe(1);
    expect(apart('78', '47')).toBe(1);
    expect(apart('92', '91')).toBe(1);
    // The Far East stays east of Siberia, Siberia east of the Urals.
    expect(tile('25').col).toBeGreaterThan(tile('38').col);
    expect(tile('38').col).toBeGreaterThan(tile('66').col);
  });
});
