import { z } from 'zod';
import { emailAddress, text } from '../api/text';
import { newPassword, personName } from '../auth/schemas';
import { companyRoles, moduleRoles } from '../company/roles';
import { moduleKeys } from '../modules/catalog';

export const moduleRoleMap = z
  .partialRecord(z.enum(moduleKeys, { error: `Modules are ${moduleKeys.join(', ')}.` }), z.enum(moduleRoles, { error: 'Module roles are manager, editor, viewer or none.' }))
  .meta({ id: 'ModuleRoles' });

const companyRole = z.enum(companyRoles, { error: 'Company roles are owner, admin, billing or member.' });

export const inviteMemberRequest = z
  .object({
    email: emailAddress({ field: 'email address', message: 'Enter a valid email address, like name@company.com.' }).transform((v) => v.trim().toLowerCase()),
    role: companyRole.exclude(['owner'], { error: 'Invite as admin, billing or member; hand over ownership once they have joined.' }),
    moduleRoles: moduleRoleMap.default({}),
    /**
     * Buy the extra seat this invitation needs (charged now, prorated), when every seat paid
     * for is taken: the answer `402 seat_purchase_required` says how many seats it takes.
     */
    addSeat: z.boolean({ error: 'addSeat is true or false.' }).default(false),
  })
  .meta({ id: 'InviteMemberRequest' });

export const updateMemberRequest = z
  .object({
    role: companyRole.exclude(['owner'], { error: 'To make someone an owner, transfer ownership.' }),
    moduleRoles: moduleRoleMap,
  })
  .partial()
  .meta({ id: 'UpdateMemberRequest' });

export const transferOwnershipRequest = z.object({ memberId: z.uuid({ error: 'Choose a member to hand ownership to.' }) }).meta({ id: 'TransferOwnershipRequest' });

export const memberIdParams = z.object({ companyId: z.uuid({ error: 'That is not a company id.' }), memberId: z.uuid({ error: 'That is not a member id.' }) });
export const invitationIdParams = z.object({ companyId: z.uuid({ error: 'That is not a company id.' }), invitationId: z.uuid({ error: 'That is not an invitation id.' }) });
const invitationToken = text({ field: 'invitation link', trim: false, min: 20, max: 200, messages: { required: 'This invitation link is not valid.', min: 'This invitation link is not valid.', max: 'This invitation link is not valid.' } });
export const invitationTokenParams = z.object({ token: invitationToken });

export const acceptInvitationRequest = z
  .object({
    token: invitationToken,
    /** Only for a person without an account yet. */
    name: personName.optional(),
    password: newPassword.optional(),
  })
  .meta({ id: 'AcceptInvitationRequest' });

export const memberView = z
  .object({
    id: z.uuid(),
    userId: z.string(),
    name: z.string(),
    email: z.string(),
    role: companyRole,
    moduleRoles: moduleRoleMap,
    joinedAt: z.string(),
  })
  .meta({ id: 'Member' });

export const invitationView = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role: companyRole,
    moduleRoles: moduleRoleMap,
    expiresAt: z.string(),
    expired: z.boolean(),
    /** The inviter's user id. */
    invitedBy: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Invitation' });

export type InviteMemberRequest = z.infer<typeof inviteMemberRequest>;
export type UpdateMemberRequest = z.infer<typeof updateMemberRequest>;
export type AcceptInvitationRequest = z.infer<typeof acceptInvitationRequest>;
