import { AbilityBuilder, createMongoAbility, subject, type ForcedSubject, type MongoAbility, type RawRuleOf } from '@casl/ability';
import type { CompanyRole, ModuleRole } from '../company/roles';
import { moduleKeys, type ModuleKey } from '../modules/catalog';

export const actions = ['manage', 'read', 'create', 'update', 'delete'] as const;
export type Action = (typeof actions)[number];

/** What a person can act on inside their company; module keys are subjects too. */
export const companySubjects = ['Company', 'Branding', 'Member', 'Invitation', 'Ownership', 'Billing', 'AuditEvent', 'Onboarding', 'Marketplace', 'Help'] as const;
export type CompanySubject = (typeof companySubjects)[number];
/** Subjects whose rules have conditions, as records the API checks against. */
export type MemberRecord = ForcedSubject<'Member'> & { role: CompanyRole };
export type AuditEventRecord = ForcedSubject<'AuditEvent'> & { category: string };
/** A module's record (a CRM contact, a deal…) as CASL sees it: who owns it. */
export type ModuleRecord = ForcedSubject<ModuleKey> & { ownerId: string | null };
export type Subject = CompanySubject | ModuleKey | 'all' | MemberRecord | AuditEventRecord | ModuleRecord;

export type AtriumAbility = MongoAbility<[Action, Subject]>;
export type AtriumRule = RawRuleOf<AtriumAbility>;

export interface AbilityInput {
  role: CompanyRole;
  moduleRoles: Partial<Record<ModuleKey, ModuleRole>>;
  /** Modules the company has active (bought or in trial); any other module grants nothing. */
  activeModules: readonly ModuleKey[];
  /**
   * The subscription is past due (dunning's last retry failed) or paused: the company
   * keeps its data and can read it, but its paid modules take no changes until it pays
   * or resumes.
   */
  modulesReadOnly?: boolean;
  /** The person's account id: a module editor changes only the records they own. */
  userId?: string;
}

const moduleRoleActions: Record<ModuleRole, Action[]> = {
  // Editors' update and delete are limited to their own records below.
  manager: ['manage'],
  editor: ['read', 'create', 'update'],
  viewer: ['read'],
  none: [],
};

/** The one place that decides who may do what; the API enforces it, the dashboard hides by it. */
export function defineAbilityFor({ role, moduleRoles, activeModules, modulesReadOnly = false, userId }: AbilityInput): AtriumAbility {
  const { can, cannot, build } = new AbilityBuilder<AtriumAbility>(createMongoAbility);

  // Everyone in a company reads its profile, its people, its setup progress and the marketplace.
  can('read', ['Company', 'Member', 'Onboarding', 'Marketplace']);
  // Atrium's help is for everyone in a company: reading the knowledge base, and adding
  // their own answer ("was this helpful?"; later their own support tickets).
  can(['read', 'create'], 'Help');

  switch (role) {
    case 'owner':
      can('manage', ['Company', 'Branding', 'Member', 'Invitation', 'Ownership', 'Billing', 'AuditEvent', 'Onboarding', 'Marketplace']);
      break;
    case 'admin':
      can('manage', ['Company', 'Branding', 'Member', 'Invitation', 'Onboarding']);
      // Admins may start trials and buy modules (the marketplace), not manage invoices and cards.
      can('manage', 'Marketplace');
      can('read', 'AuditEvent');
      // Admins run the team but cannot touch an owner's membership or hand out ownership.
      cannot(['update', 'delete'], 'Member', { role: 'owner' });
      break;
    case 'billing':
      can('manage', ['Billing', 'Marketplace']);
      can('read', 'AuditEvent', { category: 'billing' });
      break;
    case 'member':
      break;
  }

  for (const module of moduleKeys) {
    if (!activeModules.includes(module)) continue;
    // Owners and admins manage every module the company has; others get their module role.
    const moduleRole: ModuleRole = role === 'owner' || role === 'admin' ? 'manager' : (moduleRoles[module] ?? 'none');
    const actions = moduleRoleActions[moduleRole];
    if (modulesReadOnly) {
      if (actions.length > 0) can('read', module);
    } else if (moduleRole === 'editor') {
      // Editors read everything in the module and add records; they change only the records
      // they own and remove none (a manager reassigns, edits or removes anyone's).
      can(['read', 'create'], module);
      // (CASL infers no fields for a string subject type; the condition is checked against `moduleRecord`.)
      can('update', module, { ownerId: userId ?? null } as never);
    } else {
      for (const action of actions) can(action, module);
    }
  }
  return build();
}

export function abilityFromRules(rules: AtriumRule[]): AtriumAbility {
  return createMongoAbility<AtriumAbility>(rules);
}

/** Records to check conditional rules against, e.g. `ability.can('update', memberRecord(member.role))`. */
export const memberRecord = (role: CompanyRole): MemberRecord => subject('Member', { role });
export const moduleRecord = (module: ModuleKey, ownerId: string | null): ModuleRecord => subject(module, { ownerId });
export const auditEventRecord = (category: string): AuditEventRecord => subject('AuditEvent', { category });
