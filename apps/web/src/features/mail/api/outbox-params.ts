import { type OutboxStatus, OutboxStatusSchema } from '@registry/contracts/notifications';

export interface OutboxFilters {
  status?: OutboxStatus | undefined;
  before?: number | undefined;
}

/** Filters from the page's URL (?status=failed&before=120); unknown values are ignored. */
export function parseOutboxParams(params: URLSearchParams): OutboxFilters {
  const status = OutboxStatusSchema.safeParse(params.get('status'));
  const before = Number(params.get('before'));
  return {
    status: status.success ? status.data : undefined,
    before: Number.isInteger(before) && before > 0 ? before : undefined,
  };
}
