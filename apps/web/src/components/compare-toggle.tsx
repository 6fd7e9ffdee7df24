import { toggleCompared, useCompareSelection } from '../lib/compare-selection';
import { compareChoiceMessages as m } from './messages';

/**
 * «Сравнить» on a catalogue card: a checkbox, so its state is read out and a keyboard toggles it
 * with Space. A fourth practice is refused (the compare bar says why) rather than disabled, so
 * the control keeps its place in the tab order.
 */
export function CompareToggle({ slug, title }: { slug: string; title: string }) {
  const { items } = useCompareSelection();
  const checked = items.some((item) => item.slug === slug);
  const id = `compare-${slug}`;
  return (
    <div className="compare-toggle">
      <input
        id={id}
        type="checkbox"
        className="compare-toggle__input"
        checked={checked}
        onChange={() => toggleCompared({ slug, title })}
      />
      <label htmlFor={id} className="compare-toggle__label">
        {m.toggle} <span className="visually-hidden">{m.toggleFor(title)}</span>
      </label>
    </div>
  );
}
