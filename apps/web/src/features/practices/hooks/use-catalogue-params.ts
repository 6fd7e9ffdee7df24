import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  type CatalogueParams,
  parseCatalogueParams,
  serializeCatalogueParams,
} from '../lib/catalogue-params';

export type CatalogueUpdate = (
  change: (current: CatalogueParams) => CatalogueParams,
  options?: { replace?: boolean },
) => void;

/**
 * The catalogue state from the URL and a way to change it. Each change is a new history entry
 * (Back undoes it) unless `replace` is asked for, as while typing a query. The page keeps its
 * scroll position: only the results change. Any change but the number of pages shown goes back
 * to the first page.
 */
export function useCatalogueParams(): [CatalogueParams, CatalogueUpdate] {
  const [searchParams, setSearchParams] = useSearchParams();
  // The router applies a new URL a few ticks after the click; until then the page shows the
  // change it asked for, or a ticked checkbox would flick back for a moment.
  const [pending, setPending] = useState<string | null>(null);
  const urlSearch = searchParams.toString();
  useEffect(() => {
    // Whatever the URL became (our change, or Back meanwhile), it is the truth again.
    void urlSearch;
    setPending(null);
  }, [urlSearch]);

  const search = pending ?? urlSearch;
  const params = useMemo(() => parseCatalogueParams(new URLSearchParams(search)), [search]);
  // A debounced search fires after the render that scheduled it; reading the latest state
  // through a ref keeps it from undoing a checkbox ticked in the meantime.
  const latest = useRef(search);
  latest.current = search;

  const update = useCallback<CatalogueUpdate>(
    (change, options) => {
      const current = parseCatalogueParams(new URLSearchParams(latest.current));
      const changed = change(current);
      if (serializeCatalogueParams(changed).toString() === serializeCatalogueParams(current).toString())
        return;
      // Another search or filter starts again from the first page; only «Показать ещё» adds pages.
      const next = serializeCatalogueParams(
        changed.pages === current.pages ? { ...changed, pages: 1 } : changed,
      ).toString();
      latest.current = next;
      setPending(next);
      setSearchParams(new URLSearchParams(next), {
        replace: options?.replace ?? false,
        preventScrollReset: true,
      });
    },
    [setSearchParams],
  );
  return [params, update];
}
