import type { PracticeCard as PracticeCardData } from '@registry/contracts/practices';
import { useEffect, useRef } from 'react';
import { Spinner } from '../../../components/loading-state';
import { practicesMessages as m } from '../messages';
import { PracticeCard } from './practice-card';

interface PracticeListProps {
  items: PracticeCardData[];
  total: number;
  hasMore: boolean;
  loadingMore: boolean;
  onShowMore: () => void;
  /** Each card offers «Сравнить». */
  comparable?: boolean;
}

/**
 * Cards with "Показать ещё" below. When more arrive after a click, focus moves to the first new
 * title, so keyboard and screen reader users continue where the new results begin.
 */
export function PracticeList({
  items,
  total,
  hasMore,
  loadingMore,
  onShowMore,
  comparable = false,
}: PracticeListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const focusFrom = useRef<number | null>(null);

  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || items.length <= from) return;
    focusFrom.current = null;
    listRef.current?.children[from]?.querySelector<HTMLElement>('a')?.focus();
  }, [items.length]);

  return (
    <>
      <ul className="practice-list" ref={listRef}>
        {items.map((practice) => (
          <li key={practice.slug}>
            <PracticeCard practice={practice} comparable={comparable} />
          </li>
        ))}
      </ul>
      {hasMore ? (
        <div className="show-more">
          <p className="show-more__count">{m.shownOf(items.length, total)}</p>
          <button
            type="button"
            className="button button--secondary"
            // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
            aria-disabled={loadingMore}
            onClick={() => {
              if (loadingMore) return;
              focusFrom.current = items.length;
              onShowMore();
            }}
          >
            {loadingMore ? <Spinner /> : null}
            {loadingMore ? m.loadingMore : m.showMore}
          </button>
        </div>
      ) : null}
    </>
  );
}
