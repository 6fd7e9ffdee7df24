// What the invitation and role forms send: their inputs read into the contracts' bodies, so the
// forms refuse what the API would refuse, in its words, before anything is sent. A coordinator
// without a region is the forms' own check, in their own words, before the contract's.
import {
  type CreateInvitationBody,
  CreateInvitationBodySchema,
  type UpdateAccountBody,
  UpdateAccountBodySchema,
} from '@registry/contracts/accounts';
import { type UserRole, UserRoleSchema } from '@registry/contracts/auth';
import { z } from 'zod';
import { accountsMessages as m } from '../messages';

/** Roles with a region select: a coordinator needs one, an expert may have one. */
export const takesRegion = (role: UserRole) => role === 'coordinator' || role === 'expert';

const roleRegion = { role: UserRoleSchema, regionCode: z.string() };

function requireCoordinatorRegion(
  { role, regionCode }: { role: UserRole; regionCode: string },
  ctx: z.RefinementCtx,
) {
  if (role === 'coordinator' && !regionCode)
    ctx.addIssue({ code: 'custom', path: ['regionCode'], message: m.inviteRegionRequired });
}

/** The invitation form's inputs; a region is sent only for a role that takes one. */
export const InviteFormSchema = z
  .object({ name: z.string(), email: z.string(), ...roleRegion })
  .superRefine(requireCoordinatorRegion)
  .transform(
    ({ name, email, role, regionCode }): CreateInvitationBody => ({
      name: name.trim(),
      email: email.trim(),
      role,
      // An expert's region is optional: their home region, a conflict of interest for its practices.
      ...(takesRegion(role) && regionCode ? { regionCode } : {}),
    }),
  )
  .pipe(CreateInvitationBodySchema);
export type InviteFormValues = z.input<typeof InviteFormSchema>;

/** The admin's role form; a role without a region clears it (null). */
export const AccountRoleFormSchema = z
  .object(roleRegion)
  .superRefine(requireCoordinatorRegion)
  .transform(
    ({ role, regionCode }): UpdateAccountBody => ({
      role,
      regionCode: takesRegion(role) && regionCode ? regionCode : null,
    }),
  )
  .pipe(UpdateAccountBodySchema);
