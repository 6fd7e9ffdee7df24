import {
  SAVED_SEARCH_FREQUENCIES,
  type SavedSearchFrequency,
  savedSearchFrequencyLabels,
} from '@registry/contracts/saved-searches';
import { Choice, ChoiceFieldset } from '../../../components/choice';
import { savedSearchesMessages as m } from '../messages';

/** Daily or weekly, as radios. */
export function FrequencyChoice({
  id,
  value,
  onChange,
  error,
  legend = m.frequencyLegend,
}: {
  id: string;
  value: string;
  onChange: (value: SavedSearchFrequency) => void;
  error?: string | undefined;
  legend?: string;
}) {
  return (
    <ChoiceFieldset id={id} legend={legend} error={error}>
      {SAVED_SEARCH_FREQUENCIES.map((frequency) => (
        <Choice
          key={frequency}
          id={`${id}-${frequency}`}
          type="radio"
          name={id}
          label={savedSearchFrequencyLabels[frequency]}
          checked={value === frequency}
          onChange={() => onChange(frequency)}
        />
      ))}
    </ChoiceFieldset>
  );
}
