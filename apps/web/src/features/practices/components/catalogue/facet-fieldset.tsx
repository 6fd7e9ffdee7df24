import type { FacetCount } from '@registry/contracts/practices';
import { type ReactNode, useState } from 'react';
import { practicesMessages as m } from '../../messages';
import { FacetOption } from './facet-option';

interface FacetFieldsetProps {
  name: string;
  legend: string;
  options: FacetCount[];
  selected: readonly string[];
  onToggle: (value: string) => void;
  /** Long lists show this many options (plus any ticked ones) until "Показать все". */
  collapseAfter?: number;
  labelOf?: (option: FacetCount) => string;
  children?: ReactNode;
}

/** One filter as a group of checkboxes with counts; ticked values the API did not list stay visible. */
export function FacetFieldset({
  name,
  legend,
  options,
  selected,
  onToggle,
  collapseAfter,
  labelOf = (option) => option.label ?? option.value,
  children,
}: FacetFieldsetProps) {
  const [expanded, setExpanded] = useState(false);
  const known = new Set(options.map((option) => option.value));
  const all = [
    ...options,
    ...selected.filter((value) => !known.has(value)).map((value) => ({ value, label: null, count: 0 })),
  ];
  const collapsible = collapseAfter !== undefined && all.length > collapseAfter + 1;
  const visible =
    collapsible && !expanded
      ? all.filter((option, index) => index < collapseAfter || selected.includes(option.value))
      : all;
  const listId = `facet-${name}-list`;

  return (
    <fieldset className="facet">
      <legend className="facet__legend">{legend}</legend>
      <div className="facet__options" id={listId}>
        {visible.map((option) => (
          <FacetOption
            key={option.value}
            id={`facet-${name}-${option.value}`}
            label={labelOf(option)}
            count={option.count}
            checked={selected.includes(option.value)}
            onChange={() => onToggle(option.value)}
          />
        ))}
      </div>
      {collapsible ? (
        <button
          type="button"
          className="link-button facet__more"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? m.facetShowFewer : m.facetShowAll(all.length)}
        </button>
      ) : null}
      {children}
    </fieldset>
  );
}
