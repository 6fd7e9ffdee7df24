import { PRACTICE_SORTS, type PracticeSort } from '@registry/contracts/practices';
import { practicesMessages as m } from '../../messages';

interface ResultsToolbarProps {
  /** "Найдено 14 практик", or what is happening while there is no count. */
  countLabel: string;
  hasQuery: boolean;
  sort: PracticeSort;
  onSort: (sort: PracticeSort) => void;
  titleId: string;
}

/** "Найдено 14 практик" (announced when it changes) and the sort order. */
export function ResultsToolbar({ countLabel, hasQuery, sort, onSort, titleId }: ResultsToolbarProps) {
  const sorts = PRACTICE_SORTS.filter((option) => option !== 'relevance' || hasQuery);
  return (
    <div className="results-toolbar">
      <h2 id={titleId} className="results-toolbar__count" tabIndex={-1}>
        <span role="status">{countLabel}</span>
      </h2>
      <div className="results-toolbar__sort">
        <label htmlFor="catalogue-sort" className="results-toolbar__label">
          {m.sortLabel}
        </label>
        <select
          id="catalogue-sort"
          className="select"
          value={sort}
          onChange={(event) => onSort(event.target.value as PracticeSort)}
        >
          {sorts.map((option) => (
            <option key={option} value={option}>
              {m.sortOptions[option]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
