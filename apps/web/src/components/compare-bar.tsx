import { Link } from 'react-router';
import {
  clearCompared,
  compareHref,
  MAX_COMPARED,
  removeCompared,
  useCompareSelection,
} from '../lib/compare-selection';
import { compareChoiceMessages as m } from './messages';

/**
 * What is chosen for comparison, with the way to the comparison page. It follows the results and
 * sticks to the bottom of the window while they scroll; its status line is always mounted as a
 * live region, so each choice and a refused fourth one are announced.
 */
export function CompareBar() {
  const { items, refused } = useCompareSelection();
  return (
    <div className={items.length > 0 ? 'compare-bar' : 'compare-bar compare-bar--empty'}>
      <p className="compare-bar__status" role="status">
        {refused ? m.refused(MAX_COMPARED) : items.length > 0 ? m.chosen(items.length, MAX_COMPARED) : ''}
      </p>
      {items.length > 0 ? (
        <>
          <h2 className="visually-hidden">{m.barTitle}</h2>
          <ul className="compare-bar__list">
            {items.map((item) => (
              <li key={item.slug}>
                <span className="compare-bar__item">{item.title}</span>
                <button
                  type="button"
                  className="link-button compare-bar__remove"
                  aria-label={m.remove(item.title)}
                  onClick={() => removeCompared(item.slug)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <div className="compare-bar__actions">
            {items.length >= 2 ? (
              <Link className="button compare-bar__open" to={compareHref(items.map((item) => item.slug))}>
                {m.open(items.length)}
              </Link>
            ) : (
              <p className="compare-bar__hint">{m.needTwo}</p>
            )}
            <button type="button" className="link-button" onClick={clearCompared}>
              {m.clear}
            </button>
          </div>
        </>
      ) : null}
    </div>
  );
}
