
import { describe, expect, it } from 'vitest';
import { companyRoles, moduleRoles, type CompanyRole, type ModuleRole } from '../company/roles';
import { abilityFromRules, auditEventRecord, defineAbilityFor, memberRecord, type Action, type CompanySubject } from './ability';

/** Expected answers for every company role × every action on every company subject. */
const matrix: Record<CompanySubject, Partial<Record<Action, CompanyRole[]>>> = {
  Company: { read: ['owner', 'admin', 'billing', 'member'], update: ['owner', 'admin'], delete: ['owner', 'admin'], create: ['owner', 'admin'] },
  Branding: { read: ['owner', 'admin'], update: ['owner', 'admin'], create: ['owner', 'admin'], delete: ['owner', 'admin'] },
  Member: { read: ['owner', 'admin', 'billing', 'member'], update: ['owner', 'admin'], delete: ['owner', 'admin'], create: ['owner', 'admin'] },
  Invitation: { read: ['owner', 'admin'], create: ['owner', 'admin'], update: ['owner', 'admin'], delete: ['owner', 'admin'] },
  Ownership: { read: ['owner'], update: ['owner'], create: ['owner'], delete: ['owner'] },
  Billing: { read: ['owner', 'billing'], update: ['owner', 'billing'], create: ['owner', 'billing'], delete: ['owner', 'billing'] },
  AuditEvent: { read: ['owner', 'admin', 'billing'], update: ['owner'], create: ['owner'], delete: ['owner'] },
  Onboarding: { read: ['owner', 'admin', 'billing', 'member'], update: ['owner', 'admin'], create: ['owner', 'admin'], delete: ['owner', 'admin'] },
  Marketplace: { read: ['owner', 'admin', 'billing', 'member'], create: ['owner', 'admin', 'billing'], update: ['owner', 'admin', 'billing'], delete: ['owner', 'admin', 'billing'] },
  // Everyone reads Atrium's help and answers "was this helpful?"; nobody edits it (operators do, outside any company).
  Help: { read: ['owner', 'admin', 'billing', 'member'], create: ['owner', 'admin', 'billing', 'member'] },
};

const cases = companyRoles.flatMap((role) =>
  Object.entries(matrix).flatMap(([subjectType, byAction]) =>
    (['read', 'create', 'update', 'delete'] as const).map((action) => ({
      role,
      subjectType: subjectType as CompanySubject,
      action,
      allowed: (byAction[action] ?? []).includes(role),
    })),
  ),
);

describe('the role matrix', () => {
  it.each(cases)('$role may $action $subjectType: $allowed', ({ role, subjectType, action, allowed }) => {
    const ability = defineAbilityFor({ role, moduleRoles: {}, activeModules: [] });
    expect(ability.can(action, subjectType)).toBe(allowed);
  });

  const moduleExpectations: Record<ModuleRole, Record<'read' | 'create' | 'update' | 'delete', boolean>> = {
    manager: { read: true, create: true, update: true, delete: true },
    editor: { read: true, create: true, update: true, delete: false },
    viewer: { read: true, create: false, update: false, delete: false },
    none: { read: false, create: false, update: false, delete: false },
  };
  const moduleCases = moduleRoles.flatMap((moduleRole) =>
    (['read', 'create', 'update', 'delete'] as const).map((action) => ({ moduleRole, action, allowed: moduleExpectations[moduleRole][action] })),
  );

  it.each(moduleCases)('a member who is CRM $moduleRole may $action in CRM: $allowed', ({ moduleRole, action, allowed }) => {
    const ability = defineAbilityFor({ role: 'member', moduleRoles: { crm: moduleRole }, activeModules: ['crm'] });
    expect(ability.can(action, 'crm')).toBe(allowed);
  });

  it.each(companyRoles)('a module the company has not bought grants nothing, even to a %s who is its manager', (role) => {
    const ability = defineAbilityFor({ role, moduleRoles: { hr: 'manager' }, activeModules: ['crm'] });
    expect(ability.can('read', 'hr')).toBe(false);
  });

  it('owners and admins manage every active module; billing managers and members only by their module role', () => {
    for (const role of ['owner', 'admin'] as const) {
      expect(defineAbilityFor({ role, moduleRoles: {}, activeModules: ['finance'] }).can('delete', 'finance')).toBe(true);
    }
    for (const role of ['billing', 'member'] as const) {
      expect(defineAbilityFor({ role, moduleRoles: {}, activeModules: ['finance'] }).can('read', 'finance')).toBe(false);
    }
  });

  it('an admin cannot change or remove an owner, but can change a member', () => {
    const admin = defineAbilityFor({ role: 'admin', moduleRoles: {}, activeModules: [] });
    expect(admin.can('update', memberRecord('owner'))).toBe(false);
    expect(admin.can('delete', memberRecord('owner'))).toBe(false);
    expect(admin.can('update', memberRecord('member'))).toBe(true);
  });

  it('a billing manager reads only the billing part of the audit log', () => {
    const billing = defineAbilityFor({ role: 'billing', moduleRoles: {}, activeModules: [] });
    expect(billing.can('read', auditEventRecord('billing'))).toBe(true);
    expect(billing.can('read', auditEventRecord('team'))).toBe(false);
  });

  it('the rules sent to the dashboard rebuild the same ability', () => {
    const ability = defineAbilityFor({ role: 'member', moduleRoles: { crm: 'viewer' }, activeModules: ['crm'] });
    const rebuilt = abilityFromRules(JSON.parse(JSON.stringify(ability.rules)));
    expect(rebuilt.can('read', 'crm')).toBe(true);
    expect(rebuilt.can('create', 'Invitation')).toBe(false);
    expect(rebuilt.can('read', 'Billing')).toBe(false);
  });
});

describe('a company whose subscription is past due or paused', () => {
  it('can still read its modules but change nothing in them, whatever the role', () => {
    for (const role of ['owner', 'admin', 'member'] as const) {
      const ability = defineAbilityFor({ role, moduleRoles: { crm: 'manager' }, activeModules: ['crm'], modulesReadOnly: true });
      expect([ability.can('read', 'crm'), ability.can('create', 'crm'), ability.can('update', 'crm'), ability.can('delete', 'crm')]).toEqual([true, false, false, false]);
    }
  });

  it('still grants nothing in a module the person has no role in', () => {
    const ability = defineAbilityFor({ role: 'member', moduleRoles: { crm: 'none' }, activeModules: ['crm'], modulesReadOnly: true });
    expect(ability.can('read', 'crm')).toBe(false);
  });

  it('keeps billing open, so that the company can pay', () => {
    const ability = defineAbilityFor({ role: 'billing', moduleRoles: {}, activeModules: ['crm'], modulesReadOnly: true });
    expect(ability.can('update', 'Billing')).toBe(true);
  });
});

describe('module records', () => {
  it('a CRM editor reads and adds every record but changes only their own; a manager changes any', async () => {
    const { moduleRecord } = await import('./ability');
    const editor = defineAbilityFor({ role: 'member', moduleRoles: { crm: 'editor' }, activeModules: ['crm'], userId: 'rep-1' });
    expect([editor.can('read', 'crm'), editor.can('create', 'crm'), editor.can('update', 'crm')]).toEqual([true, true, true]);
    expect(editor.can('update', moduleRecord('crm', 'rep-1'))).toBe(true);
    expect(editor.can('update', moduleRecord('crm', 'rep-2'))).toBe(false);
    expect(editor.can('delete', moduleRecord('crm', 'rep-1'))).toBe(false);
    const manager = defineAbilityFor({ role: 'member', moduleRoles: { crm: 'manager' }, activeModules: ['crm'], userId: 'boss' });
    expect(manager.can('update', moduleRecord('crm', 'rep-2'))).toBe(true);
    const viewer = defineAbilityFor({ role: 'member', moduleRoles: { crm: 'viewer' }, activeModules: ['crm'], userId: 'v' });
    expect(viewer.can('update', moduleRecord('crm', 'v'))).toBe(false);
  });
});
