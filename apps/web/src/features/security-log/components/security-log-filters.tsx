import { Form, Link } from 'react-router';
import type { SecurityLogFilters as Filters } from '../lib/security-log-params';
import { securityLogMessages as m, securityEventKindLabels } from '../messages';

/**
 * Kind and e-mail filters as a GET form: submitting puts them in the URL, so a filtered view can
 * be shared, reloaded and undone with Back. Keyed by the URL from outside, so Back resets it.
 */
export function SecurityLogFilters({ filters }: { filters: Filters }) {
  const knownKind = !filters.kind || filters.kind in securityEventKindLabels;
  return (
    <Form method="get" className="log-filters" aria-label={m.filtersLabel}>
      <div className="log-filters__field">
        <label className="form-label" htmlFor="log-kind">
          {m.kindLabel}
        </label>
        <select id="log-kind" name="kind" className="select" defaultValue={filters.kind ?? ''}>
          <option value="">{m.kindAll}</option>
          {Object.entries(securityEventKindLabels).map(([kind, label]) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
          {/* A kind from a link that this version does not know still shows what is selected. */}
          {knownKind ? null : <option value={filters.kind}>{filters.kind}</option>}
        </select>
      </div>
      <div className="log-filters__field log-filters__field--wide">
        <label className="form-label" htmlFor="log-email">
          {m.emailLabel}
        </label>
        <p className="hint" id="log-email-hint">
          {m.emailHint}
        </p>
        <input
          id="log-email"
          name="email"
          type="email"
          className="input"
          defaultValue={filters.email ?? ''}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="log-email-hint"
        />
      </div>
      <div className="log-filters__actions">
        <button type="submit" className="button">
          {m.apply}
        </button>
        {filters.kind || filters.email ? <Link to=".">{m.reset}</Link> : null}
      </div>
    </Form>
  );
}
