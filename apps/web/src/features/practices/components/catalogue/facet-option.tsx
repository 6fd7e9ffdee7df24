import { practicesMessages as m } from '../../messages';

interface FacetOptionProps {
  /** Unique within the page: becomes the checkbox id. */
  id: string;
  label: string;
  count: number;
  checked: boolean;
  onChange: () => void;
  disabled?: boolean;
}

/**
 * A checkbox with how many practices it would give. A zero stays usable (its box may be ticked
 * already) but is muted, so the options that lead somewhere stand out.
 */
export function FacetOption({ id, label, count, checked, onChange, disabled }: FacetOptionProps) {
  const empty = count === 0 && !checked;
  return (
    <div className={empty ? 'facet-option facet-option--empty' : 'facet-option'}>
      <input id={id} type="checkbox" checked={checked} onChange={onChange} disabled={disabled} />
      <label htmlFor={id}>
        <span className="facet-option__label">{label}</span>{' '}
        <span className="facet-option__count">
          <span className="visually-hidden">, {m.facetCountHidden} </span>
          {count}
        </span>
      </label>
    </div>
  );
}
