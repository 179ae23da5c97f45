import { describe, expect, it } from 'vitest';
import { addMember, signUpCompany, uniqueEmail } from '../../test/http';
import { leaveNotice, mailsTo } from '../../test/notices';

const preferences = (companyId: string) => `/api/companies/${companyId}/notifications/preferences`;

describe('notification preferences, per person and category', () => {
  it('lists the categories that reach each role, with their defaults; the failed-payment mail is locked for owners and billing managers', async () => {
    const company = await signUpCompany('prefs-defaults');
    const member = await addMember(company.api, company.companyId, uniqueEmail('prefs-member'), 'member');

    const owner = (await company.api.request('GET', preferences(company.companyId))).body;
    const failures = owner.categories.find((c: { category: string }) => c.category === 'billing_failure');
    expect(failures).toMatchObject({ inApp: true, mail: true, mailLocked: true, label: 'Failed payments' });
    expect(owner.categories.find((c: { category: string }) => c.category === 'module_updates')).toMatchObject({ inApp: true, mail: false, mailLocked: false });
    expect(owner.dailyDigest).toBe(false);

    const memberCategories = (await member.request('GET', preferences(company.companyId))).body.categories.map((c: { category: string }) => c.category);
    expect(memberCategories).not.toContain('billing_failure');
    expect(memberCategories).not.toContain('billing');
    expect(memberCategories).toEqual(expect.arrayContaining(['module_updates', 'module_activity', 'support', 'onboarding']));
  });

  it('refuses to switch off the failed-payment mail for an owner and a billing manager, and saves nothing of that request', async () => {
    const company = await signUpCompany('prefs-locked');
    const billing = await addMember(company.api, company.companyId, uniqueEmail('prefs-billing'), 'billing');
    for (const api of [company.api, billing]) {
      const refused = await api.request('PUT', preferences(company.companyId), {
        categories: [
          { category: 'billing', inApp: false, mail: false },
          { category: 'billing_failure', inApp: true, mail: false },
        ],
      });
      expect([refused.status, refused.body.error]).toEqual([400, 'mail_required']);
      expect(refused.body.message).toBe('Failed payments are always mailed to owners and billing managers: someone who pays must hear of them.');
      expect(refused.body.fields).toHaveProperty(['categories.1.mail']);
      const after = (await api.request('GET', preferences(company.companyId))).body.categories;
      expect(after.find((c: { category: string }) => c.category === 'billing')).toMatchObject({ inApp: true, mail: true });
    }
    const member = await addMember(company.api, company.companyId, uniqueEmail('prefs-member-billing'), 'member');
    const notMine = await member.request('PUT', preferences(company.companyId), { categories: [{ category: 'billing', inApp: false, mail: false }] });
    expect([notMine.status, notMine.body.error]).toEqual([400, 'invalid_request']);
  });

  it('in the app off hides a category from the list and the count; a digest is saved per person', async () => {
    const company = await signUpCompany('prefs-in-app');
    await leaveNotice(company.companyId, { category: 'usage', title: 'CRM at 80 %' });
    await leaveNotice(company.companyId, { category: 'onboarding', title: 'Setup reminder' });
    const saved = await company.api.request('PUT', preferences(company.companyId), { categories: [{ category: 'usage', inApp: false, mail: true }], dailyDigest: true });
    expect(saved.status).toBe(200);
    expect(saved.body.dailyDigest).toBe(true);
    expect(saved.body.categories.find((c: { category: string }) => c.category === 'usage')).toMatchObject({ inApp: false, mail: true });

    const list = (await company.api.request('GET', `/api/companies/${company.companyId}/notifications`)).body;
    expect(list.notifications.map((n: { title: string }) => n.title)).toEqual(['Setup reminder']);
    expect(list.unread).toBe(1);
  });

  it('a declined upgrade mails the owner who switched billing mail off, because failed payments are mandatory; seat changes reach only those who want them', async () => {
    const company = await signUpCompany('prefs-mandatory');
    const billingEmail = uniqueEmail('prefs-mandatory-billing');
    await addMember(company.api, company.companyId, billingEmail, 'billing');
    const saved = await company.api.request('PUT', preferences(company.companyId), {
      categories: [
        { category: 'billing', inApp: true, mail: false },
        { category: 'subscription', inApp: true, mail: false },
      ],
    });
    expect(saved.status).toBe(200);

    // A card that attaches, then every charge is declined (Stripe's 4000 0000 0000 0341).
    const card = await company.api.request('POST', `/api/companies/${company.companyId}/billing/payment-methods`, { number: '4000000000000341', expMonth: 12, expYear: 2040, cvc: '123' });
    expect(card.status).toBe(201);
    const upgrade = await company.api.request('POST', `/api/companies/${company.companyId}/billing/changes`, { change: { kind: 'plan', to: 'growth' } });
    expect(upgrade.body.error).toBe('payment_declined');

    const declined = (mails: Array<{ subject: string }>) => mails.filter((mail) => /^Payment of .+ failed$/.test(mail.subject));
    expect(declined(await mailsTo(company.api, company.email))).toHaveLength(1);
    expect(declined(await mailsTo(company.api, billingEmail))).toHaveLength(1);
    const notices = (await company.api.request('GET', `/api/companies/${company.companyId}/notifications?category=billing_failure`)).body.notifications;
    expect(notices.map((n: { kind: string }) => n.kind)).toEqual(['payment_failed']);

    // Seat changes are free below the plan's included seats only when removing: add one seat on a good card.
    await company.api.request('POST', `/api/companies/${company.companyId}/billing/payment-methods`, { number: '4242424242424242', expMonth: 12, expYear: 2040, cvc: '123' });
    const seats = await company.api.request('POST', `/api/companies/${company.companyId}/billing/changes`, { change: { kind: 'seats', to: 4 } });
    expect(seats.status).toBe(200);
    const seatMail = (mails: Array<{ subject: string }>) => mails.filter((mail) => mail.subject === 'You now have 4 seats');
    expect(seatMail(await mailsTo(company.api, company.email))).toHaveLength(0);
    expect(seatMail(await mailsTo(company.api, billingEmail))).toHaveLength(1);
    const inApp = (await company.api.request('GET', `/api/companies/${company.companyId}/notifications?category=subscription`)).body.notifications;
    expect(inApp.map((n: { title: string }) => n.title)).toEqual(['You now have 4 seats']);
  });
});
