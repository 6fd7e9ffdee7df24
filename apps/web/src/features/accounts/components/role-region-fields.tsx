// Role and region of an account, as chosen in the invitation form and the admin's role form:
// a coordinator needs a region, an expert may have one (their home region: a conflict of
// interest for its practices), other roles have none.
import { type UserRole, userRoleLabels } from '@registry/contracts/auth';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { controlProps, FormField } from '../../../components/form-field';
import { regionsQueryOptions } from '../../../lib/reference-queries';
import { takesRegion } from '../lib/account-form-schema';
import { accountsMessages as m } from '../messages';

interface RoleRegionFieldsProps {
  ids: { role: string; regionCode: string };
  roles: readonly UserRole[];
  /** The role chosen now (watched), which decides whether a region is asked for. */
  role: UserRole;
  /** The form's `register('role')` and `register('regionCode')`. */
  fields: { role: UseFormRegisterReturn; regionCode: UseFormRegisterReturn };
  errors: { role?: string | undefined; regionCode?: string | undefined };
}

export function RoleRegionFields({ ids, roles, role, fields, errors }: RoleRegionFieldsProps) {
  const { data: regions } = useSuspenseQuery(regionsQueryOptions());
  const expert = role === 'expert';
  const regionHint = expert ? m.inviteExpertRegionHint : undefined;
  return (
    <>
      <FormField id={ids.role} label={m.inviteRoleLabel} error={errors.role}>
        <select className="select" {...controlProps(ids.role, null, errors.role)} {...fields.role}>
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
            className="select"
            {...controlProps(ids.regionCode, regionHint, errors.regionCode)}
            {...fields.regionCode}
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
