// Role and region of an account, as chosen in the invitation form and the admin's role form:
// a coordinator needs a region, an expert may have one (their home region: a conflict of
// interest for its practices), other roles have none.
import { type UserRole, userRoleLabels } from '@registry/contracts/auth';
import { useSuspenseQuery } from '@tanstack/react-query';
import { controlProps, FormField } from '../../../components/form-field';
import { regionsQueryOptions } from '../../../lib/reference-queries';
import { accountsMessages as m } from '../messages';

interface RoleRegionFieldsProps {
  ids: { role: string; regionCode: string };
  roles: readonly UserRole[];
  role: UserRole;
  onRoleChange: (role: UserRole) => void;
  /** The region selected at first (the select is uncontrolled: read it from the form data). */
  defaultRegion?: string | undefined;
  errors: { role?: string | undefined; regionCode?: string | undefined };
}

export const takesRegion = (role: UserRole) => role === 'coordinator' || role === 'expert';

export function RoleRegionFields({
  ids,
  roles,
  role,
  onRoleChange,
  defaultRegion,
  errors,
}: RoleRegionFieldsProps) {
  const { data: regions } = useSuspenseQuery(regionsQueryOptions());
  const expert = role === 'expert';
  const regionHint = expert ? m.inviteExpertRegionHint : undefined;
  return (
    <>
      <FormField id={ids.role} label={m.inviteRoleLabel} error={errors.role}>
        <select
          name="role"
          className="select"
          value={role}
          {...controlProps(ids.role, null, errors.role)}
          onChange={(event) => onRoleChange(event.target.value as UserRole)}
        >
          {roles.map((option) => (
            <option key={option} value={option}>
              {userRoleLabels[option]}
            </option>
          ))}
        </select>
      </FormField>
      {takesRegion(role) ? (
        <FormField
          id={ids.regionCode}
          label={expert ? m.inviteExpertRegionLabel : m.inviteRegionLabel}
          hint={regionHint}
          error={errors.regionCode}
        >
          <select
            name="regionCode"
            className="select"
            defaultValue={defaultRegion ?? ''}
            {...controlProps(ids.regionCode, regionHint, errors.regionCode)}
          >
            <option value="">{expert ? m.inviteExpertNoRegion : m.inviteRegionPlaceholder}</option>
            {regions.items.map((region) => (
              <option key={region.code} value={region.code}>
                {region.nameRu}
              </option>
            ))}
          </select>
        </FormField>
      ) : null}
    </>
  );
}
