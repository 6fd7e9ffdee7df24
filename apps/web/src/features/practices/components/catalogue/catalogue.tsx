import { useCallback, useEffect, useId, useState } from 'react';
import { CompareBar } from '../../../../components/compare-bar';
import { EmptyState } from '../../../../components/empty-state';
import { ErrorState } from '../../../../components/error-state';
import { FeedLinks } from '../../../../components/feed-links';
import { LoadingState } from '../../../../components/loading-state';
import { usePracticesInfinite } from '../../api/list-practices';
import { useCatalogueParams } from '../../hooks/use-catalogue-params';
import {
  countActiveFilters,
  effectiveSort,
  emptyCatalogueParams,
  MAX_PAGES,
  toListQuery,
} from '../../lib/catalogue-params';
import { practicesMessages as m } from '../../messages';
import { PracticeList } from '../practice-list';
import { ActiveFilters } from './active-filters';
import { CatalogueError } from './catalogue-error';
import { CatalogueSearch } from './catalogue-search';
import { DownloadSelection } from './download-selection';
import { FilterPanel } from './filter-panel';
import type { LocationRegion } from './location-filter';
import { ResultsToolbar } from './results-toolbar';
import { SearchNotes } from './search-notes';
import { UnknownFilters } from './unknown-filters';

const RESULTS_TITLE_ID = 'catalogue-results-title';

/**
 * Search, filters and results, all driven by the URL. Previous results stay on screen while the
 * next ones load; on phones the filters fold behind a "Фильтры (N)" button so results come first.
 */
export function Catalogue({ regionBook }: { regionBook: readonly LocationRegion[] | undefined }) {
  const [params, update] = useCatalogueParams();
  const query = toListQuery(params);
  const list = usePracticesInfinite(query);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const panelId = useId();

  const firstPage = list.data?.pages[0];
  const loadedPages = list.data?.pages.length ?? 0;
  // The URL says how many pages are shown (?pages=3 after two «Показать ещё»): fetch up to it,
  // one page after another, on a click as after a reload or a shared link.
  const { hasNextPage, isFetching, isError, fetchNextPage } = list;
  useEffect(() => {
    if (loadedPages > 0 && loadedPages < params.pages && hasNextPage && !isFetching && !isError) {
      void fetchNextPage();
    }
  }, [loadedPages, params.pages, hasNextPage, isFetching, isError, fetchNextPage]);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const activeCount = countActiveFilters(params);
  const onSearch = useCallback(
    (q: string, options: { replace: boolean }) => update((s) => ({ ...s, q }), options),
    [update],
  );
  const reset = () => {
    update(() => emptyCatalogueParams);
    // The reset button goes away with the empty state; the results heading keeps the focus.
    document.getElementById(RESULTS_TITLE_ID)?.focus();
  };

  return (
    <div className="catalogue">
      <UnknownFilters />
      <CatalogueSearch q={params.q} onSearch={onSearch} />
      <div className="catalogue__filters-toggle">
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={filtersOpen}
          aria-controls={panelId}
          onClick={() => setFiltersOpen(!filtersOpen)}
        >
          {m.filtersToggle(activeCount)}
        </button>
      </div>
      <div className="catalogue__body">
        <section
          id={panelId}
          className={filtersOpen ? 'catalogue__filters catalogue__filters--open' : 'catalogue__filters'}
          aria-labelledby="catalogue-filters-title"
        >
          <h2 id="catalogue-filters-title" className="catalogue__filters-title">
            {m.filtersTitle}
          </h2>
          {firstPage ? (
            <FilterPanel params={params} facets={firstPage.facets} regionBook={regionBook} update={update} />
          ) : null}
          {firstPage ? (
            <button
              type="button"
              className="button catalogue__filters-done"
              onClick={() => {
                setFiltersOpen(false);
                document.getElementById(RESULTS_TITLE_ID)?.focus();
              }}
            >
              {m.filtersShowResults(firstPage.total)}
            </button>
          ) : null}
        </section>
        <section className="catalogue__results" aria-labelledby={RESULTS_TITLE_ID}>
          <ActiveFilters
            params={params}
            facets={firstPage?.facets}
            update={update}
            fallbackFocusId={RESULTS_TITLE_ID}
          />
          <ResultsToolbar
            countLabel={
              firstPage ? m.found(firstPage.total) : list.isError ? m.resultsTitle : m.catalogueLoading
            }
            hasQuery={params.q !== ''}
            sort={effectiveSort(params)}
            onSort={(sort) => update((s) => ({ ...s, sort }))}
            titleId={RESULTS_TITLE_ID}
          />
          {firstPage && firstPage.total > 0 ? (
            <DownloadSelection query={query} total={firstPage.total} />
          ) : null}
          {firstPage && params.q ? <SearchNotes search={firstPage.search} params={params} /> : null}
          <div className="catalogue__list" aria-busy={list.isPlaceholderData}>
            {list.isPending ? (
              <LoadingState label={m.catalogueLoading} />
            ) : list.isError && !list.data ? (
              <CatalogueError error={list.error} onRetry={() => void list.refetch()} onReset={reset} />
            ) : items.length === 0 ? (
              <EmptyState title={m.emptyTitle}>
                {m.emptyHint}{' '}
                {activeCount > 0 || params.q ? (
                  <button type="button" className="link-button" onClick={reset}>
                    {m.emptyReset}
                  </button>
                ) : null}
              </EmptyState>
            ) : (
              <PracticeList
                items={items}
                total={firstPage?.total ?? items.length}
                hasMore={list.hasNextPage}
                loadingMore={list.isFetchingNextPage}
                onShowMore={() =>
                  loadedPages < MAX_PAGES
                    ? update((s) => ({ ...s, pages: loadedPages + 1 }), { replace: true })
                    : void list.fetchNextPage()
                }
                comparable
              />
            )}
            {list.isFetchNextPageError ? (
              <ErrorState error={list.error} headingLevel={3} onRetry={() => void list.fetchNextPage()} />
            ) : null}
          </div>
          <FeedLinks />
          <CompareBar />
        </section>
      </div>
    </div>
  );
}
