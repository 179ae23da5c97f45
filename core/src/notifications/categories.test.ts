import { describe, expect, it } from 'vitest';
import { categoriesFor, categoryOfKind, mailIsMandatory, mailsTo, reachesModule } from './categories';

describe('who a notice concerns', () => {
  it('billing notices are for owners and billing managers only; setup reminders for everyone', () => {
    expect(categoriesFor('owner')).toEqual(expect.arrayContaining(['billing_failure', 'billing', 'subscription', 'modules', 'trial']));
    expect(categoriesFor('billing')).toEqual(expect.arrayContaining(['billing_failure', 'billing', 'subscription']));
    for (const role of ['admin', 'member'] as const) {
      expect(categoriesFor(role)).not.toContain('billing_failure');
      expect(categoriesFor(role)).not.toContain('billing');
    }
    expect(categoriesFor('member')).toEqual(expect.arrayContaining(['onboarding', 'module_updates', 'module_activity']));
    expect(categoriesFor('member')).not.toContain('modules');
  });

  it('gives each kind the platform writes its category; an unknown kind is other news', () => {
    expect(categoryOfKind('payment')).toBe('billing_failure');
    expect(categoryOfKind('upcoming_charge')).toBe('billing');
    expect(categoryOfKind('card_expiring')).toBe('billing');
    expect(categoryOfKind('trial_started')).toBe('trial');
    expect(categoryOfKind('usage')).toBe('usage');
    expect(categoryOfKind('hr_leave_decision')).toBe('module_activity');
    expect(categoryOfKind('something new')).toBe('other');
  });

  it('mails failed payments to owners and billing managers whatever they chose; the rest by choice or default', () => {
    const off = { inApp: true, mail: false };
    expect(mailIsMandatory('billing_failure', 'owner')).toBe(true);
    expect(mailIsMandatory('billing_failure', 'billing')).toBe(true);
    expect(mailsTo('billing_failure', 'owner', off)).toBe(true);
    expect(mailsTo('billing', 'owner', off)).toBe(false);
    expect(mailsTo('billing', 'owner', undefined)).toBe(true);
    expect(mailsTo('module_updates', 'member', undefined)).toBe(false);
  });

  it("reaches a module's people: owners and admins always, others with a module role", () => {
    expect(reachesModule('admin', {}, 'crm')).toBe(true);
    expect(reachesModule('member', { crm: 'viewer' }, 'crm')).toBe(true);
    expect(reachesModule('member', { crm: 'none' }, 'crm')).toBe(false);
    expect(reachesModule('billing', {}, 'crm')).toBe(false);
  });
});
