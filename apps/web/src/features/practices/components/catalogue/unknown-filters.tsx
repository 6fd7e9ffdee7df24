// A filter value in the address that no reference book knows (`?theme=NOPE`, an old link, a
// typo) is taken out of the address, and the page says which ones it dropped, rather than
// silently showing results the visitor did not ask for, or an error.
import { useQueries } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  evidenceLevelsQueryOptions,
  regionsQueryOptions,
  targetGroupsQueryOptions,
  themesQueryOptions,
} from '../../../../lib/reference-queries';
import { MULTI_FILTERS, type MultiFilter, parseCatalogueParams } from '../../lib/catalogue-params';
import { practicesMessages as m } from '../../messages';

const LEGENDS: Record<MultiFilter, string> = {
  theme: m.themesLegend,
  district: m.locationLegend,
  region: m.locationLegend,
  targetGroup: m.targetGroupsLegend,
  evidence: m.evidenceLegend,
  status: m.statusLegend,
  nomination: m.nominationLegend,
};

interface Dropped {
  key: MultiFilter;
  value: string;
}

/** The multi-value filters of `search` that are malformed or name nothing in the books. */
function unknownValues(search: URLSearchParams, books: Partial<Record<MultiFilter, Set<string>>>): Dropped[] {
  const parsed = parseCatalogueParams(search);
  const dropped: Dropped[] = [];
  for (const key of MULTI_FILTERS) {
    for (const value of new Set(search.getAll(key))) {
      const wellFormed = (parsed[key] as string[]).includes(value);
      const book = books[key];
      if (!wellFormed || (book && !book.has(value))) dropped.push({ key, value });
    }
  }
  return dropped;
}

export function UnknownFilters() {
  const [search, setSearch] = useSearchParams();
  const [notice, setNotice] = useState<Dropped[]>([]);
  const [themes, groups, evidence, regions] = useQueries({
    queries: [
      themesQueryOptions(),
      targetGroupsQueryOptions(),
      evidenceLevelsQueryOptions(),
      regionsQueryOptions(),
    ],
  });
  const codes = (items?: { code: string }[]) => (items ? new Set(items.map((i) => i.code)) : undefined);
  const books: Partial<Record<MultiFilter, Set<string>>> = {
    theme: codes(themes.data?.items),
    targetGroup: codes(groups.data?.items),
    evidence: codes(evidence.data?.items),
    region: codes(regions.data?.items),
    district: regions.data ? new Set(regions.data.items.map((r) => r.district.code)) : undefined,
  };
  // Judged once every book has arrived, so that all unknown values go in one step and one notice.
  const ready = [themes, groups, evidence, regions].every((q) => q.data !== undefined);
  const dropped = ready ? unknownValues(search, books) : [];
  const droppedKey = dropped.map((d) => `${d.key}=${d.value}`).join('&');

  useEffect(() => {
    if (!droppedKey) return;
    const drop = new URLSearchParams(droppedKey);
    setSearch(
      (current) => {
        const next = new URLSearchParams();
        for (const [key, value] of current) if (!drop.getAll(key).includes(value)) next.append(key, value);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
    setNotice((shown) => [
      ...shown,
      ...[...drop].map(([key, value]) => ({ key: key as MultiFilter, value })),
    ]);
  }, [droppedKey, setSearch]);

  if (notice.length === 0) return null;
  return (
    <p className="notice" role="status">
      {m.droppedFilters(notice.map((d) => m.droppedFilter(LEGENDS[d.key], d.value)).join(', '))}
    </p>
  );
}
