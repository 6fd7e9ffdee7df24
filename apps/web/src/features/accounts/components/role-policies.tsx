import { userRoleLabels } from '@registry/contracts/auth';
import { ApiError } from '../../../lib/api-error';
import { usePolicies, useUpdatePolicy } from '../api/manage-accounts';
import { accountsMessages as m } from '../messages';

/** One checkbox per staff role: whether signing in needs a code from an authenticator app. */
export function RolePolicies() {
  const { data: policies } = usePolicies();
  const update = useUpdatePolicy();
  return (
    <fieldset className="policy-list">
      <legend className="visually-hidden">{m.policiesTitle}</legend>
      {update.error ? (
        <p className="error-message" role="alert">
          {m.policyFailed}: {update.error instanceof ApiError ? update.error.message : m.offline}
        </p>
      ) : null}
      {policies.map((policy) => (
        <div key={policy.role} className="checkbox">
          <input
            id={`policy-${policy.role}`}
            type="checkbox"
            className="checkbox__input"
            checked={policy.totpRequired}
            disabled={update.isPending}
            onChange={(event) => update.mutate({ role: policy.role, totpRequired: event.target.checked })}
          />
          <label className="checkbox__label" htmlFor={`policy-${policy.role}`}>
            {m.policyFor(userRoleLabels[policy.role])}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
