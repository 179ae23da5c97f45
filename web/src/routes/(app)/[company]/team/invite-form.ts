import { inviteMemberRequest, moduleKeys, moduleRoles, type InviteMemberRequest, type ModuleKey } from '@atrium/core';
import { z } from 'zod';
import type { ModuleRoles } from '#lib/types';

/**
 * The invitation form on core's invitation schema. FormData has no nested objects, so the
 * module roles are one flat field per module (`module_crm`), put back together for the API.
 * Being fields of the form, the roles chosen come back with a refused or offered invitation
 * (the seat offer), with and without JavaScript.
 */
export const moduleRoleField = (module: ModuleKey) => `module_${module}` as const;

const moduleRoleFields = Object.fromEntries(moduleKeys.map((module) => [moduleRoleField(module), z.enum(moduleRoles).default('none')])) as Record<
  ReturnType<typeof moduleRoleField>,
  z.ZodDefault<z.ZodEnum<{ [Role in (typeof moduleRoles)[number]]: Role }>>
>;

export const inviteForm = inviteMemberRequest.omit({ moduleRoles: true }).extend(moduleRoleFields);

export type InviteForm = z.infer<typeof inviteForm>;

export function invitationFromForm(form: InviteForm): InviteMemberRequest {
  // Modules left at "No access" are not sent: an invitation only lists what it grants.
  const moduleRoles: ModuleRoles = {};
  for (const module of moduleKeys) {
    const role = form[moduleRoleField(module)];
    if (role !== 'none') moduleRoles[module] = role;
  }
  return { email: form.email, role: form.role, addSeat: form.addSeat, moduleRoles };
}
