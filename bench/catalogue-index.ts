// `pnpm exec tsx bench/catalogue-index.ts`: the in-memory part of a first-time catalogue question
// (facet counts over every dimension + one page) on synthetic index rows, at 5,000, 50,000 and
// 200,000 public practices, without HTTP or a database: how the index's cost grows.

import type { CatalogueFilters } from '../apps/api/src/modules/practices/catalogue-filters';
import { buildIndex, toLabels } from '../apps/api/src/modules/practices/catalogue-index/catalogue-index';
import { select } from '../apps/api/src/modules/practices/catalogue-index/facet-counts';
import type { IndexRow, LabelRow } from '../apps/api/src/modules/practices/catalogue-index/index.repository';
import { pageOf } from '../apps/api/src/modules/practices/catalogue-index/page';

let seed = 1;
const rnd = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)] as T;
const some = <T>(list: T[], n: number) => [
  ...new Set(Array.from({ length: 1 + Math.floor(rnd() * n) }, () => pick(list))),
];

const regions = Array.from({ length: 89 }, (_, i) => String(i + 1).padStart(2, '0'));
const districts = ['central', 'northwest', 'south', 'caucasus', 'volga', 'ural', 'siberia', 'fareast'];
const themes = Array.from({ length: 12 }, (_, i) => `theme-${i}`);
const groups = Array.from({ length: 15 }, (_, i) => `group-${i}`);
const evidence = ['proven', 'supported', 'promising', 'insufficient'];
const labels: LabelRow[] = [
  ...districts.map((code, i) => ({ kind: 'district' as const, code, label: code, ord: i, parent: null })),
  ...regions.map((code, i) => ({
    kind: 'region' as const,
    code,
    label: `Регион ${code}`,
    ord: 0,
    parent: districts[i % 8] as string,
  })),
  ...themes.map((code, i) => ({ kind: 'theme' as const, code, label: code, ord: i, parent: null })),
  ...groups.map((code, i) => ({ kind: 'targetGroup' as const, code, label: code, ord: i, parent: null })),
  ...evidence.map((code, i) => ({ kind: 'evidence' as const, code, label: code, ord: i, parent: null })),
  ...['1', '2', '3', '4'].map((code, i) => ({
    kind: 'nomination' as const,
    code,
    label: code,
    ord: i,
    parent: null,
  })),
];

function rows(n: number): IndexRow[] {
  return Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    region: pick(regions),
    evidence: pick(evidence),
    status: rnd() < 0.88 ? 'published' : 'recommended',
    year: 2008 + Math.floor(rnd() * 18),
    internship: rnd() < 0.3,
    changed: 1.7e12 + Math.floor(rnd() * 1.5e11),
    title: `Программа ${Math.floor(rnd() * 1e6)} поддержки семей`,
    themes: some(themes, 3),
    groups: some(groups, 3),
    entries: rnd() < 0.2 ? [`${pick(['1', '2', '3', '4'])}:${pick(['', 'winner', 'finalist'])}`] : null,
  }));
}

function question(): { filters: CatalogueFilters; sort: 'newest' | 'title' | 'evidence' } {
  const f: CatalogueFilters = {
    q: '',
    theme: [],
    targetGroup: [],
    region: [],
    district: [],
    evidence: [],
    status: [],
    yearFrom: null,
    yearTo: null,
    internship: false,
    nomination: [],
    award: null,
  };
  const dims = Math.floor(rnd() * 5);
  for (let d = 0; d < dims; d++) {
    const k = Math.floor(rnd() * 8);
    if (k === 0) f.theme = some(themes, 3);
    if (k === 1) f.targetGroup = some(groups, 2);
    if (k === 2) f.region = some(regions, 3);
    if (k === 3) f.district = some(districts, 2);
    if (k === 4) f.evidence = some(evidence, 2);
    if (k === 5) f.yearFrom = 2010 + Math.floor(rnd() * 10);
    if (k === 6) f.internship = true;
    if (k === 7) f.nomination = some(['1', '2', '3', '4'], 2);
  }
  return { filters: f, sort: pick(['newest', 'title', 'evidence'] as const) };
}

for (const n of [5_000, 50_000, 200_000]) {
  const all = rows(n);
  let started = performance.now();
  const index = buildIndex(all, toLabels(labels), 1 << 26);
  const buildMs = performance.now() - started;
  for (const sort of ['newest', 'title', 'evidence'] as const) index.order(sort);
  const times: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const { filters, sort } = question();
    started = performance.now();
    const { result } = select(index, filters, null);
    pageOf(index, sort, result, [], null, 20);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(
    `${n} practices: build ${buildMs.toFixed(0)} ms; question p50 ${times[1000]?.toFixed(2)} ms, p99 ${times[1980]?.toFixed(2)} ms; heap ${heap.toFixed(0)} MB`,
  );
}
