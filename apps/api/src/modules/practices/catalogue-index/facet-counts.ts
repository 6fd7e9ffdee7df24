// Facet counts and the result set from the catalogue index. Each dimension's values are counted
// with every *other* active filter applied (what a visitor would get by ticking it), the total
// with all of them. The masks of active dimensions are combined with prefix and suffix
// intersections, so k active filters cost 2k bitset ANDs, and each listed value one popcount.
import { AWARD_KINDS } from '@registry/contracts/contests';
import type { Facets } from '@registry/contracts/practices';
import type { CatalogueFilters } from '../catalogue-filters';
import { andCount, Bitset, intersectAll, tally, unionAll } from './bitset';
import type { CatalogueIndex } from './catalogue-index';

type Dimension =
  | 'status'
  | 'location'
  | 'theme'
  | 'targetGroup'
  | 'evidence'
  | 'year'
  | 'internship'
  | 'entry';

const present = (sets: (Bitset | undefined)[]): Bitset[] => sets.filter((s): s is Bitset => s !== undefined);

/** The bitset of practices awarded `award` ('any' = any award) in nomination `n`, or anywhere. */
function awardSet(
  index: CatalogueIndex,
  award: NonNullable<CatalogueFilters['award']>,
  n: string | null,
): Bitset[] {
  const kinds = award === 'any' ? AWARD_KINDS : [award];
  return present(
    kinds.map((kind) => (n === null ? index.awardedAnywhere.get(kind) : index.awarded.get(`${n}:${kind}`))),
  );
}

/** The mask of each active filter dimension. */
function masks(index: CatalogueIndex, filters: CatalogueFilters): Map<Dimension, Bitset> {
  const size = index.size;
  const union = (sets: (Bitset | undefined)[]) => unionAll(size, present(sets));
  const out = new Map<Dimension, Bitset>();
  if (filters.status.length) out.set('status', union(filters.status.map((s) => index.status.get(s))));
  if (filters.region.length || filters.district.length) {
    out.set(
      'location',
      union([
        ...filters.region.map((r) => index.region.get(r)),
        ...filters.district.map((d) => index.district.get(d)),
      ]),
    );
  }
  if (filters.theme.length) out.set('theme', union(filters.theme.map((t) => index.theme.get(t))));
  if (filters.targetGroup.length)
    out.set('targetGroup', union(filters.targetGroup.map((g) => index.targetGroup.get(g))));
  if (filters.evidence.length) out.set('evidence', union(filters.evidence.map((e) => index.evidence.get(e))));
  if (filters.yearFrom !== null || filters.yearTo !== null) {
    const from = filters.yearFrom ?? -Infinity;
    const to = filters.yearTo ?? Infinity;
    out.set('year', union([...index.year.sets].filter(([y]) => y >= from && y <= to).map(([, set]) => set)));
  }
  if (filters.internship) out.set('internship', index.internship);
  if (filters.nomination.length || filters.award) {
    const { award } = filters;
    const sets = filters.nomination.length
      ? filters.nomination.flatMap((n) =>
          award ? awardSet(index, award, n) : present([index.entered.get(n)]),
        )
      : awardSet(index, award ?? 'any', null);
    out.set('entry', unionAll(size, sets));
  }
  return out;
}

export interface Selection {
  /** The practices matching every filter (and the text, if any). */
  result: Bitset;
  total: number;
  facets: Facets;
}

/** Applies `filters` (and the text match `text`, if given) and counts every facet. */
export function select(index: CatalogueIndex, filters: CatalogueFilters, text: Bitset | null): Selection {
  const size = index.size;
  const base = text ? intersectAll(size, [index.alive, text]) : index.alive;
  const active = masks(index, filters);
  const dims = [...active.keys()];
  // prefix[i] = base ∩ masks 0..i-1, suffix[i] = masks i..k-1; allBut(i) = prefix[i] ∩ suffix[i+1].
  const prefix: Bitset[] = [base];
  for (const d of dims) prefix.push(intersectAll(size, [prefix.at(-1) as Bitset, active.get(d) as Bitset]));
  const suffix: (Bitset | null)[] = new Array(dims.length + 1).fill(null);
  for (let i = dims.length - 1; i >= 0; i--) {
    const next = suffix[i + 1];
    const mask = active.get(dims[i] as Dimension) as Bitset;
    suffix[i] = next ? intersectAll(size, [mask, next]) : mask;
  }
  const result = prefix[dims.length] as Bitset;
  const allBut = (d: Dimension): Bitset => {
    const i = dims.indexOf(d);
    if (i < 0) return result;
    const after = suffix[i + 1];
    return after ? intersectAll(size, [prefix[i] as Bitset, after]) : (prefix[i] as Bitset);
  };
  const total = result.count();
  const labels = (kind: Parameters<typeof index.labels.byKind.get>[0]) => index.labels.byKind.get(kind) ?? [];
  const empty = new Bitset(1);
  const countEach = (
    kind: 'district' | 'theme' | 'targetGroup' | 'evidence' | 'nomination',
    sets: (code: string) => Bitset | undefined,
    within: Bitset,
  ) =>
    labels(kind).map((row) => ({
      value: row.code,
      label: row.label,
      count: andCount(sets(row.code) ?? empty, within),
    }));

  const located = allBut('location');
  const locationMask = active.get('location');
  const selectedRegions = new Set(filters.region);
  const selectedDistricts = new Set(filters.district);
  const regionCounts = new Uint32Array(index.regionOfSlot.values.length);
  tally(located, index.regionOfSlot.codes, regionCounts);
  const ownCount = new Map(index.regionOfSlot.values.map((code, i) => [code, regionCounts[i] as number]));
  const region = labels('region').map((row) => {
    const own = ownCount.get(row.code) ?? 0;
    // With a district ticked, a region outside it counts what ticking it would give: the union of
    // the results and its own practices. A region inside (already included) counts its own share.
    const outside = locationMask && selectedDistricts.size && !selectedDistricts.has(row.parent ?? '');
    const count = outside && !selectedRegions.has(row.code) ? total + own : own;
    return { value: row.code, label: row.label, count };
  });

  const entries = allBut('entry');
  const { award } = filters;
  const nomination = countEach(
    'nomination',
    (n) => unionAll(size, award ? awardSet(index, award, n) : present([index.entered.get(n)])),
    entries,
  );
  const awardFacet = AWARD_KINDS.map((kind, i) => {
    const sets = filters.nomination.length
      ? present(filters.nomination.map((n) => index.awarded.get(`${n}:${kind}`)))
      : present([index.awardedAnywhere.get(kind)]);
    return { value: kind, label: null, count: andCount(unionAll(size, sets), entries), ord: i };
  }).map(({ ord: _ord, ...rest }) => rest);

  const yearCounts = new Uint32Array(index.yearOfSlot.values.length);
  tally(allBut('year'), index.yearOfSlot.codes, yearCounts);
  const year = index.yearOfSlot.values
    .map((y, i) => ({ value: String(y), label: null, count: yearCounts[i] as number, y }))
    .filter((row) => row.count > 0)
    .sort((a, b) => b.y - a.y)
    .map(({ y: _y, ...rest }) => rest);

  const statuses = allBut('status');
  const facets: Facets = {
    theme: countEach('theme', (c) => index.theme.get(c), allBut('theme')),
    targetGroup: countEach('targetGroup', (c) => index.targetGroup.get(c), allBut('targetGroup')),
    district: countEach('district', (c) => index.district.get(c), located),
    region,
    evidence: countEach('evidence', (c) => index.evidence.get(c), allBut('evidence')),
    status: ['published', 'recommended'].map((s) => ({
      value: s,
      label: null,
      count: andCount(index.status.get(s) ?? empty, statuses),
    })),
    year,
    nomination,
    award: awardFacet,
    internship: andCount(index.internship, allBut('internship')),
  };
  return { result, total, facets };
}
