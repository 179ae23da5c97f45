import { describe, expect, it } from 'vitest';
import { companyRoles, type CompanyRole } from '../company/roles';
import { refuseRoleGrant } from './role-ceiling';

describe('nobody grants a role above their own', () => {
  it('an owner may grant every role, to others and to themself', () => {
    for (const role of companyRoles) {
      expect(refuseRoleGrant({ actorRole: 'owner', role })).toBeNull();
      for (const current of companyRoles) expect(refuseRoleGrant({ actorRole: 'owner', role, current: { role: current, isActor: false } })).toBeNull();
    }
    expect(refuseRoleGrant({ actorRole: 'owner', role: 'admin', current: { role: 'owner', isActor: true } })).toBeNull();
  });

  it('an admin invites and promotes admins and members', () => {
    expect(refuseRoleGrant({ actorRole: 'admin', role: 'admin' })).toBeNull();
    expect(refuseRoleGrant({ actorRole: 'admin', role: 'member' })).toBeNull();
    expect(refuseRoleGrant({ actorRole: 'admin', role: 'admin', current: { role: 'member', isActor: false } })).toBeNull();
    expect(refuseRoleGrant({ actorRole: 'admin', role: 'member', current: { role: 'admin', isActor: false } })).toBeNull();
  });

  it('an admin cannot make owners or billing managers, and is told who can', () => {
    expect(refuseRoleGrant({ actorRole: 'admin', role: 'billing' })).toEqual({
      error: 'role_above_yours',
      message: 'Only an owner can make someone a billing manager. As an admin you can make people admins or members.',
    });
    expect(refuseRoleGrant({ actorRole: 'admin', role: 'owner' })?.error).toBe('role_above_yours');
    expect(refuseRoleGrant({ actorRole: 'admin', role: 'billing', current: { role: 'member', isActor: false } })?.error).toBe('role_above_yours');
  });

  it("an admin cannot change a billing manager's or an owner's role", () => {
    expect(refuseRoleGrant({ actorRole: 'admin', role: 'member', current: { role: 'billing', isActor: false } })).toEqual({
      error: 'role_above_yours',
      message: 'Only an owner can change the role of a billing manager.',
    });
    expect(refuseRoleGrant({ actorRole: 'admin', role: 'admin', current: { role: 'owner', isActor: false } })?.error).toBe('role_above_yours');
  });

  it('an admin cannot change their own role, not even downwards', () => {
    expect(refuseRoleGrant({ actorRole: 'admin', role: 'member', current: { role: 'admin', isActor: true } })).toEqual({
      error: 'own_role',
      message: 'You cannot change your own role. Ask an owner of this company to change it.',
    });
  });

  it.each(['billing', 'member'] as CompanyRole[])('a %s grants nothing', (actorRole) => {
    for (const role of companyRoles) expect(refuseRoleGrant({ actorRole, role })?.error).toBe('role_above_yours');
  });
});
