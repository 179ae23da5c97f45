import { formatMoney, type Money } from '../billing/money';
import { plans, type PlanKey } from '../billing/plans';
import { companyRoleNames } from '../company/role-names';
import type { CompanyRole } from '../company/roles';
import { moduleNames, type ModuleKey } from '../modules/catalog';

export interface AuditEventFacts {
  action: string;
  target: string;
  details: Record<string, unknown>;
}

/** Names people by account id (audit events keep ids, which outlive names). */
export type NameOf = (userId: string) => string;

const planName = (value: unknown) => plans[value as PlanKey]?.name ?? String(value);
const moduleName = (value: unknown) => moduleNames[value as ModuleKey] ?? String(value);
const roleName = (value: unknown) => (companyRoleNames[value as CompanyRole] ?? String(value)).toLowerCase();
const charged = (details: Record<string, unknown>) => {
  const money = details.charged as Money | null | undefined;
  return money && money.amount > 0 ? `, charged ${formatMoney(money)} now` : '';
};
const effective = (details: Record<string, unknown>) => (typeof details.effectiveOn === 'string' ? ` from ${details.effectiveOn}` : '');
/** The day an operator looked, in words ("Dec 24, 2026"), in UTC like every audit time. */
const viewedOn = (details: Record<string, unknown>) => {
  const at = typeof details.viewedAt === 'string' ? new Date(details.viewedAt) : null;
  return at && !Number.isNaN(at.getTime()) ? ` on ${at.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' })}` : '';
};
const card = (details: Record<string, unknown>) => `${String(details.brand ?? 'card')} ending in ${String(details.last4 ?? '····')}`;

/**
 * An audit event as one sentence for the company's owners: "Changed the plan from
 * Starter to Growth, charged €12.30 now." Unknown actions read as their words.
 */
export function describeAuditEvent({ action, target, details }: AuditEventFacts, nameOf: NameOf = (id) => id): string {
  switch (action) {
    case 'invitation.sent':
      return `Invited ${target} as ${roleName(details.role)}${details.seatAdded ? ', adding a seat' : ''}.`;
    case 'invitation.resent':
      return `Sent ${target} a fresh invitation link.`;
    case 'invitation.revoked':
      return `Withdrew the invitation of ${target}.`;
    case 'invitation.accepted':
      return `${target} joined as ${roleName(details.role)}.`;
    case 'member.role_changed': {
      const before = details.before as { role?: string } | undefined;
      const after = details.after as { role?: string } | undefined;
      if (before?.role && after?.role && before.role !== after.role) {
        return `Changed ${nameOf(target)}’s role from ${roleName(before.role)} to ${roleName(after.role)}.`;
      }
      return `Changed ${nameOf(target)}’s module access.`;
    }
    case 'member.removed':
      return `Removed ${nameOf(target)} (${roleName(details.role)}) from the company.`;
    case 'member.left':
      return `${target} left the company.`;
    case 'ownership.transferred':
      return `Handed ownership to ${nameOf(target)}.`;
    case 'profile.updated':
      return `Changed the company profile (${(details.fields as string[] | undefined)?.join(', ') ?? 'details'}).`;
    case 'branding.colors_changed':
      return 'Changed the brand colors.';
    case 'branding.logo_changed':
      return 'Uploaded a new logo.';
    case 'branding.logo_removed':
      return 'Removed the logo.';
    case 'subscription.plan_changed':
      return `Changed the plan from ${planName(details.from)} to ${planName(details.to)}${effective(details)}${charged(details)}.`;
    case 'subscription.seats_changed':
      return `Changed the seats from ${String(details.from)} to ${String(details.to)}${effective(details)}${charged(details)}.`;
    case 'subscription.cycle_changed':
      return `Changed billing from ${String(details.from)} to ${String(details.to)}${effective(details)}${charged(details)}.`;
    case 'subscription.canceled':
      return `Canceled the subscription; it ends on ${String(details.endsOn)}.`;
    case 'subscription.reactivated':
      return 'Reactivated the subscription.';
    case 'subscription.paused':
      return details.until ? `Paused the subscription until ${String(details.until)}.` : 'Paused the subscription until resumed.';
    case 'subscription.resumed':
      return 'Resumed the subscription.';
    case 'module.purchased':
      return `Bought ${moduleName(target)}${charged(details)}.`;
    case 'module.canceled':
      return `Canceled ${moduleName(target)}; it stays until ${String(details.effectiveOn)}.`;
    case 'module.trial_started':
      return `Started a 14-day trial of ${moduleName(target)}.`;
    case 'payment_method.added':
      return `Added the ${card(details)}${details.isDefault ? ' as the default card' : ''}.`;
    case 'payment_method.default_changed':
      return `Made the ${card(details)} the default card.`;
    case 'payment_method.removed':
      return `Removed the ${card(details)}.`;
    // Atrium's own staff reading the company's data from the operator console.
    case 'support.viewed_company':
      return `Atrium support viewed your account (plan, seats and modules)${viewedOn(details)}.`;
    case 'support.viewed_billing':
      return `Atrium support viewed your billing${viewedOn(details)}.`;
    case 'support.viewed_ticket':
      return `Atrium support read the ticket “${target}”${viewedOn(details)}.`;
    // Support tickets to Atrium, opened and closed by the company's people.
    case 'support.ticket_opened':
      return `Opened the support ticket “${target}”.`;
    case 'support.ticket_closed':
      return `Closed the support ticket “${target}”.`;
    case 'support.ticket_reopened':
      return `Reopened the support ticket “${target}”.`;
    case 'support.viewed_chat':
      return `Atrium support read ${target || 'a live chat'}${viewedOn(details)}.`;
    default: {
      const words = action.replace(/[._]/g, ' ');
      return `${words.charAt(0).toUpperCase()}${words.slice(1)}${target ? `: ${target}` : ''}.`;
    }
  }
}
