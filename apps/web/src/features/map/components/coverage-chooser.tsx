// The coverage question's chooser: a theme or a target group, written to the URL (?theme= or
// ?targetGroup=). It is a GET form, so it works before the script loads (a theme wins if both
// are sent); with the script, choosing a value navigates at once and clears the other list.
import type { ReferenceList } from '@registry/contracts/reference';
import { Form, useNavigate } from 'react-router';
import { mapMessages as m } from '../messages';

export function CoverageChooser({
  themes,
  targetGroups,
  theme,
  targetGroup,
}: {
  themes: ReferenceList;
  targetGroups: ReferenceList;
  theme?: string;
  targetGroup?: string;
}) {
  const navigate = useNavigate();
  const go = (key: 'theme' | 'targetGroup', value: string) =>
    navigate(value ? `/coverage?${key}=${encodeURIComponent(value)}` : '/coverage', { replace: true });
  return (
    <Form method="get" action="/coverage" className="filter coverage-chooser" aria-label={m.chooserLegend}>
      <div className="filter__field">
        <label htmlFor="coverage-theme">{m.chooseTheme}</label>
        <select
          id="coverage-theme"
          name="theme"
          value={theme ?? ''}
          onChange={(event) => go('theme', event.target.value)}
        >
          <option value="">{m.chooseNone}</option>
          {themes.items.map((item) => (
            <option key={item.code} value={item.code}>
              {item.nameRu}
            </option>
          ))}
        </select>
      </div>
      <div className="filter__field">
        <label htmlFor="coverage-target-group">{m.chooseTargetGroup}</label>
        <select
          id="coverage-target-group"
          name="targetGroup"
          value={targetGroup ?? ''}
          onChange={(event) => go('targetGroup', event.target.value)}
        >
          <option value="">{m.chooseNone}</option>
          {targetGroups.items.map((item) => (
            <option key={item.code} value={item.code}>
              {item.nameRu}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary filter__submit">
        {m.chooseSubmit}
      </button>
    </Form>
  );
}
