import { describe, expect, it } from 'vitest';
import { plans, seatLimitMessage } from '@atrium/core';
import { uniqueEmail } from './support/browser';
import { arrivedAtCompany, followOutboxLink, inviteOnTeamPage, password, signUpInBrowser } from './support/company-flows';
import { addCardOnBillingPage, testCards } from './support/billing-flows';
import { dashboardSession } from './support/dashboard-session';

describe('a company builds its team in the dashboard', () => {
  const session = dashboardSession();

  it('an owner invites a CRM viewer, who joins from the local outbox and can neither invite nor see billing', async () => {
    const owner = await session.newPage();
    const companyName = `Grace Logistics ${Date.now().toString(36)}`;
    const companyId = await signUpInBrowser(owner, { name: 'Grace Hopper', email: uniqueEmail('owner'), companyName });

    const viewerEmail = uniqueEmail('viewer');
    await expect(inviteOnTeamPage(owner, companyId, { email: viewerEmail, role: 'member', modules: { crm: 'viewer' } })).resolves.toEqual({ sent: true });
    const pending = owner.getByTestId('invitation-row').filter({ hasText: viewerEmail });
    await expect(pending.textContent()).resolves.toContain('CRM viewer');

    // The invited person has no account yet: they read the mail in the local outbox.
    const viewer = await session.newPage();
    await followOutboxLink(viewer, viewerEmail, `invited you to ${companyName}`);
    await viewer.waitForURL(/\/invite\/[\w-]+$/);
    await expect(viewer.getByTestId('invitation-company').textContent()).resolves.toBe(`Join ${companyName}`);
    await viewer.getByLabel('Your name').fill('Vera Viewer');
    await viewer.getByLabel('Password').fill(password);
    await viewer.getByRole('button', { name: 'Accept and join' }).click();

    await expect(arrivedAtCompany(viewer, 'accept invitation')).resolves.toBe(companyId);
    await expect(viewer.getByTestId('company-name').textContent()).resolves.toBe(companyName);
    await expect(viewer.getByTestId('nav-team').isVisible()).resolves.toBe(true);
    await expect(viewer.getByTestId('nav-billing').count()).resolves.toBe(0);

    await viewer.getByTestId('nav-team').click();
    await viewer.waitForURL(`**/${companyId}/team`);
    const myRow = viewer.getByTestId('member-row').filter({ hasText: viewerEmail });
    await expect(myRow.getByTestId('member-modules').textContent()).resolves.toContain('CRM viewer');
    await expect(viewer.getByTestId('invite-button').count()).resolves.toBe(0);
    await expect(viewer.getByTestId('invite-form').count()).resolves.toBe(0);

    const billing = await viewer.goto(`/${companyId}/billing`);
    expect(billing?.status()).toBe(403);
    await expect(viewer.getByTestId('error-page').textContent()).resolves.toContain('Error 403');

    // The owner's page now counts two members and no pending invitation.
    await owner.reload();
    await expect(owner.getByTestId('seats-used').textContent()).resolves.toBe(`2 / ${plans.starter.seatsIncluded}`);
    await expect(owner.getByTestId('invitations-empty').isVisible()).resolves.toBe(true);
  }, 120_000);

  it('a Starter company that fills its three paid seats adds a fourth from the invite form, and is stopped at the plan’s five', async () => {
    const owner = await session.newPage();
    const companyId = await signUpInBrowser(owner, {
      name: 'Katherine Johnson',
      email: uniqueEmail('owner'),
      companyName: `Orbit Works ${Date.now().toString(36)}`,
    });
    const starter = plans.starter;
    for (let seat = 2; seat <= starter.seatsIncluded; seat++) {
      await expect(inviteOnTeamPage(owner, companyId, { email: uniqueEmail(`seat${seat}`) })).resolves.toEqual({ sent: true });
    }
    await expect(owner.getByTestId('seats-used').textContent()).resolves.toBe(`${starter.seatsIncluded} / ${starter.seatsIncluded}`);

    // The fourth person needs a seat: the same form offers it, with what it costs now.
    await expect(addCardOnBillingPage(owner, companyId, testCards.succeeds)).resolves.toEqual({ added: true });
    const fourth = uniqueEmail('fourth');
    const offer = await inviteOnTeamPage(owner, companyId, { email: fourth });
    expect(offer).toMatchObject({ sent: false, seatOffer: expect.stringContaining('Add a seat to invite one more person'), charge: expect.stringMatching(/€/) });
    await owner.getByTestId('confirm-seat-purchase').click();
    await owner.getByTestId('invite-sent').filter({ hasText: fourth }).waitFor();
    await expect(owner.getByTestId('seats-used').textContent()).resolves.toBe('4 / 4');

    await expect(inviteOnTeamPage(owner, companyId, { email: uniqueEmail('fifth') })).resolves.toMatchObject({ sent: false, seatOffer: expect.any(String) });
    await owner.getByTestId('confirm-seat-purchase').click();
    await owner.getByTestId('invite-sent').waitFor();
    await expect(owner.getByTestId('seats-used').textContent()).resolves.toBe(`${starter.seatLimit} / ${starter.seatLimit}`);

    const refused = await inviteOnTeamPage(owner, companyId, { email: uniqueEmail('one-too-many') });
    expect(refused).toEqual({ sent: false, message: seatLimitMessage(starter) });
    await expect(owner.getByTestId('invitation-row').count()).resolves.toBe(starter.seatLimit - 1);
  }, 120_000);
});
