import type { ReactNode } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { useSuspensePracticesInfinite } from '../api/list-practices';
import type { PracticeListQuery } from '../api/practice-keys';
import { practicesMessages as m } from '../messages';
import { PracticeList } from './practice-list';

interface PracticeFeedProps {
  /** The fixed filters: a theme's or a region's practices. */
  query: PracticeListQuery;
  /** What to say when there are none. */
  empty?: ReactNode;
}

/** The catalogue's list for a fixed set of filters, without the filter panel. */
export function PracticeFeed({ query, empty }: PracticeFeedProps) {
  const { data, hasNextPage, isFetchingNextPage, fetchNextPage } = useSuspensePracticesInfinite(query);
  const items = data.pages.flatMap((page) => page.items);
  const total = data.pages[0]?.total ?? 0;
  if (items.length === 0) return <>{empty ?? <EmptyState title={m.feedEmpty} />}</>;
  return (
    <PracticeList
      items={items}
      total={total}
      hasMore={hasNextPage}
      loadingMore={isFetchingNextPage}
      onShowMore={() => void fetchNextPage()}
    />
  );
}
