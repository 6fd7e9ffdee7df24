import { MAX_QUERY_LENGTH } from '@registry/contracts/practices';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { practicesMessages as m } from '../../messages';

const DEBOUNCE_MS = 300;

interface CatalogueSearchProps {
  /** The query in the URL. */
  q: string;
  onSearch: (q: string, options: { replace: boolean }) => void;
}

/**
 * The search box. Results follow the typing after a short pause, replacing the history entry so
 * Back does not step through every letter; pressing "Найти" makes a history entry of its own.
 */
export function CatalogueSearch({ q, onSearch }: CatalogueSearchProps) {
  const [draft, setDraft] = useState(q);
  // The last query this box put into the URL. A URL query that differs came from elsewhere
  // (Back, a removed chip, "Сбросить все") and replaces what is in the box.
  const written = useRef(q);

  useEffect(() => {
    if (q === written.current) return;
    written.current = q;
    setDraft(q);
  }, [q]);

  useEffect(() => {
    const value = draft.trim();
    if (value === written.current) return;
    const timer = setTimeout(() => {
      // Submitting meanwhile has already searched for it.
      if (value === written.current) return;
      written.current = value;
      onSearch(value, { replace: true });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, onSearch]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = draft.trim();
    if (value === written.current) return;
    written.current = value;
    onSearch(value, { replace: false });
  }

  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is unknown to browsers before 2023, still common here
    <form className="search-form" role="search" onSubmit={onSubmit}>
      <label htmlFor="catalogue-q" className="search-form__label">
        {m.searchLabel}
      </label>
      <p id="catalogue-q-hint" className="hint">
        {m.searchHint}
      </p>
      <div className="search-form__row">
        <input
          id="catalogue-q"
          className="search-form__input"
          type="search"
          name="q"
          value={draft}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          enterKeyHint="search"
          aria-describedby="catalogue-q-hint"
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" className="button search-form__button">
          {m.searchSubmit}
        </button>
      </div>
    </form>
  );
}
