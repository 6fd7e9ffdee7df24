import type { SearchInfo } from '@registry/contracts/practices';
import { Link } from 'react-router';
import { type CatalogueParams, serializeCatalogueParams } from '../../lib/catalogue-params';
import { practicesMessages as m } from '../../messages';

/**
 * What the search did with the query: a correction to follow («Возможно, вы имели в виду …», a
 * link to the same filters with the corrected query) and the glossary terms it also searched for.
 */
export function SearchNotes({ search, params }: { search: SearchInfo; params: CatalogueParams }) {
  if (!search.suggestion && search.expandedWith.length === 0) return null;
  const suggestionHref = search.suggestion
    ? `?${serializeCatalogueParams({ ...params, q: search.suggestion }).toString()}`
    : null;
  return (
    <div className="search-notes">
      {search.suggestion && suggestionHref ? (
        <p className="search-notes__suggestion">
          {m.suggestionLead} <Link to={{ search: suggestionHref }}>{search.suggestion}</Link>?
        </p>
      ) : null}
      {search.expandedWith.length > 0 ? (
        <div className="search-notes__expanded">
          <p>{m.expandedLead}</p>
          <ul>
            {search.expandedWith.map((expansion) => (
              <li key={expansion.typed}>
                {m.expandedItem(expansion.typed)} {expansion.forms.join(', ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
