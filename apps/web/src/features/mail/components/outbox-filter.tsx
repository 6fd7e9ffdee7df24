import { OUTBOX_STATUSES, outboxStatusLabels } from '@registry/contracts/notifications';
import { Form } from 'react-router';
import type { OutboxFilters } from '../api/list-outbox';
import { mailMessages as m } from '../messages';

/** A GET form: the filter lives in the URL. */
export function OutboxFilter({ filters }: { filters: OutboxFilters }) {
  return (
    <Form method="get" className="mail-filter">
      <div className="log-filters__field">
        <label className="form-label" htmlFor="outbox-status">
          {m.filterLabel}
        </label>
        <select id="outbox-status" name="status" className="select" defaultValue={filters.status ?? ''}>
          <option value="">{m.filterAll}</option>
          {OUTBOX_STATUSES.map((status) => (
            <option key={status} value={status}>
              {outboxStatusLabels[status]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary">
        {m.apply}
      </button>
    </Form>
  );
}
