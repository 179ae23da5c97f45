import type { CompanyRole } from '../company/roles';

/**
 * What a notice is about, as a person chooses what reaches them: each category has its
 * people (the roles it concerns), its defaults, and whether its mail may be switched off.
 * A notice's `kind` says exactly what happened (`upcoming_charge`, `payment_failed`); its
 * category groups kinds for the bell's filters, the preferences page and the audience.
 */
export const notificationCategories = [
  'billing_failure',
  'billing',
  'subscription',
  'modules',
  'trial',
  'usage',
  'module_updates',
  'module_activity',
  'support',
  'onboarding',
  'other',
] as const;
export type NotificationCategory = (typeof notificationCategories)[number];

export interface NotificationCategoryRule {
  label: string;
  description: string;
  /** Who sees a notice of this category meant for the whole company (a personal notice reaches its person whatever their role). */
  audience: readonly CompanyRole[];
  /** Mailed unless the person switches it off. */
  mailByDefault: boolean;
  /** These roles are always mailed: their preference cannot switch the mail off. */
  mandatoryMailFor: readonly CompanyRole[];
}

const everyone = ['owner', 'admin', 'billing', 'member'] as const;
const billingPeople = ['owner', 'billing'] as const;

export const notificationCategoryRules: Record<NotificationCategory, NotificationCategoryRule> = {
  billing_failure: {
    label: 'Failed payments',
    description: 'A charge that did not go through, and what happens next.',
    audience: billingPeople,
    mailByDefault: true,
    // A failed payment leads to read-only modules and cancellation: whoever pays must hear of it.
    mandatoryMailFor: billingPeople,
  },
  billing: {
    label: 'Invoices, charges and cards',
    description: 'The charge 7 days before a renewal, paid invoices, cards about to expire.',
    audience: billingPeople,
    mailByDefault: true,
    mandatoryMailFor: [],
  },
  subscription: {
    label: 'Plan, seats and billing cycle',
    description: 'Changes to the plan, the number of seats and the billing cycle.',
    audience: billingPeople,
    mailByDefault: true,
    mandatoryMailFor: [],
  },
  modules: {
    label: 'Modules bought or removed',
    description: 'A module added to the plan, or removed from it.',
    audience: ['owner', 'admin', 'billing'],
    mailByDefault: true,
    mandatoryMailFor: [],
  },
  trial: {
    label: 'Trials',
    description: 'A trial that starts, ends soon, converts or ends.',
    audience: ['owner', 'admin', 'billing'],
    mailByDefault: true,
    mandatoryMailFor: [],
  },
  usage: {
    label: 'Usage limits',
    description: 'A module at 80 % and at 100 % of what the plan includes.',
    audience: ['owner', 'admin', 'billing'],
    mailByDefault: true,
    mandatoryMailFor: [],
  },
  module_updates: {
    label: 'Module updates and new features',
    description: 'What is new in the modules your company has.',
    audience: everyone,
    mailByDefault: false,
    mandatoryMailFor: [],
  },
  module_activity: {
    label: 'Work in your modules',
    description: 'Tasks that fall due, leave requests to decide, decisions on yours.',
    audience: everyone,
    mailByDefault: true,
    mandatoryMailFor: [],
  },
  support: {
    label: 'Support replies',
    description: 'Answers from Atrium support to your tickets.',
    audience: ['owner', 'admin'],
    mailByDefault: true,
    mandatoryMailFor: [],
  },
  onboarding: {
    label: 'Setup reminders',
    description: 'Reminders of the setup steps still open.',
    audience: everyone,
    mailByDefault: true,
    mandatoryMailFor: [],
  },
  other: {
    label: 'Other news',
    description: 'Anything else about your company in Atrium.',
    audience: everyone,
    mailByDefault: true,
    mandatoryMailFor: [],
  },
};

/**
 * The category of each kind the platform writes. A writer may name the category itself; a
 * kind not listed here is `other`. `payment` is the kind dunning wrote before failures had
 * their own kind: those notices were about failures.
 */
const categoryByKind: Record<string, NotificationCategory> = {
  payment_failed: 'billing_failure',
  payment: 'billing_failure',
  invoice_paid: 'billing',
  upcoming_charge: 'billing',
  card_expiring: 'billing',
  subscription_changed: 'subscription',
  module_added: 'modules',
  module_removed: 'modules',
  trial: 'trial',
  trial_started: 'trial',
  usage: 'usage',
  module_update: 'module_updates',
  crm_task: 'module_activity',
  project_task: 'module_activity',
  project_mention: 'module_activity',
  hr_leave_reminder: 'module_activity',
  hr_leave_escalation: 'module_activity',
  hr_leave_decision: 'module_activity',
  finance_claim_waiting: 'module_activity',
  finance_claim_reminder: 'module_activity',
  finance_claim_decision: 'module_activity',
  finance_claim_reimbursed: 'module_activity',
  support_sla_warning: 'module_activity',
  support_sla_breach: 'module_activity',
  support_reply: 'support',
  onboarding_reminder: 'onboarding',
};

/**
 * Categories whose notices are about what happens inside a module (its news, its work): only
 * people who can open the module see them. Elsewhere `module` only says which module a
 * notice names (a removal must still reach the owner once the module is gone).
 */
export const moduleScopedCategories: readonly NotificationCategory[] = ['module_updates', 'module_activity'];

export function categoryOfKind(kind: string): NotificationCategory {
  return categoryByKind[kind] ?? 'other';
}

export function isNotificationCategory(value: unknown): value is NotificationCategory {
  return typeof value === 'string' && (notificationCategories as readonly string[]).includes(value);
}

/** The categories whose company-wide notices a person in `role` sees. */
export function categoriesFor(role: CompanyRole): NotificationCategory[] {
  return notificationCategories.filter((category) => notificationCategoryRules[category].audience.includes(role));
}

/** A person's choice for one category; what they have not chosen is the category's default. */
export interface NotificationChoice {
  inApp: boolean;
  mail: boolean;
}

export function defaultChoice(category: NotificationCategory): NotificationChoice {
  return { inApp: true, mail: notificationCategoryRules[category].mailByDefault };
}

/** True when the person in `role` may not switch off this category's mail. */
export function mailIsMandatory(category: NotificationCategory, role: CompanyRole): boolean {
  return notificationCategoryRules[category].mandatoryMailFor.includes(role);
}

/** Whether a notice of `category` is mailed to a person in `role` who chose `choice` (or nothing). */
export function mailsTo(category: NotificationCategory, role: CompanyRole, choice: NotificationChoice | undefined): boolean {
  if (mailIsMandatory(category, role)) return true;
  return (choice ?? defaultChoice(category)).mail;
}

/**
 * Whether a person's module role lets them open `module` (owners and admins manage every
 * module the company has). For notices about a module: only those who can open it hear of it.
 */
export function reachesModule(role: CompanyRole, moduleRoles: Partial<Record<string, string>>, module: string): boolean {
  if (role === 'owner' || role === 'admin') return true;
  const moduleRole = moduleRoles[module];
  return moduleRole === 'manager' || moduleRole === 'editor' || moduleRole === 'viewer';
}
