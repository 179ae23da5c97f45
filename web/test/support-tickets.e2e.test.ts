/// <reference path="../../scripts/test/provided-context.d.ts" />
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createTestOperator, totpCode } from '@atrium/db/testing/operators';
import { pngImage } from '../../scripts/test/png-image';
import { uniqueEmail } from './support/browser';
import { arrivedAtCompany, followOutboxLink, inviteOnTeamPage, password, signUpInBrowser } from './support/company-flows';
import { dashboardSession } from './support/dashboard-session';
import { pageWidth, phone, widest } from './support/phone';

/** Fails with what sticks out when the page is wider than the phone. */
async function fitsThePhone(page: Page, what: string) {
  const width = await pageWidth(page);
  expect(width, `${what} is ${width} px wide: ${await widest(page)}`).toBeLessThanOrEqual(phone.width);
}

describe('a member asks Atrium support, an operator answers in the console', () => {
  const session = dashboardSession();

  it('a member opens a ticket with a screenshot on a phone; an operator answers it in the console; the member reads the answer and gets the mail', async () => {
    const owner = await session.newPage();
    const companyName = `Support Seekers ${Date.now().toString(36)}`;
    const companyId = await signUpInBrowser(owner, { name: 'Olive Owner', email: uniqueEmail('tickets-owner'), companyName });
    const memberEmail = uniqueEmail('tickets-member');
    await expect(inviteOnTeamPage(owner, companyId, { email: memberEmail, role: 'member' })).resolves.toEqual({ sent: true });

    // The member joins from the invitation mail, on a 390 px phone.
    const member = await session.newPage();
    await member.setViewportSize(phone);
    await followOutboxLink(member, memberEmail, `invited you to ${companyName}`);
    await member.getByLabel('Your name').fill('Milo Member');
    await member.getByLabel('Password').fill(password);
    await member.getByRole('button', { name: 'Accept and join' }).click();
    await arrivedAtCompany(member, 'accept invitation');

    // Help → Contact support → an empty history, then a new ticket with a screenshot.
    await member.goto(`/${companyId}/help`);
    await member.getByTestId('contact-support-history').click();
    await member.waitForURL(`**/${companyId}/help/tickets`);
    await member.getByTestId('table-empty').waitFor();
    await fitsThePhone(member, 'the empty ticket list');
    await member.getByTestId('new-ticket').click();
    await member.waitForURL(`**/${companyId}/help/tickets/new`);
    await fitsThePhone(member, 'the new ticket form');
    const subject = `The invoice PDF is blank ${Date.now().toString(36)}`;
    const ticketForm = member.getByTestId('ticket-form');
    await ticketForm.getByLabel('What is it about?').selectOption('billing');
    await ticketForm.getByLabel('Priority').selectOption('high');
    await ticketForm.getByLabel('Subject').fill(subject);
    await ticketForm.getByLabel('Description').fill('Every receipt I download opens as an empty page. Screenshot attached.');
    await member.getByTestId('ticket-attachments').setInputFiles({ name: 'blank-receipt.png', mimeType: 'image/png', buffer: pngImage(120, 80) });
    await member.getByTestId('send-ticket').click();
    await member.waitForURL(/\/help\/tickets\/[0-9a-f-]{36}\?opened=1$/);
    const ticketId = new URL(member.url()).pathname.split('/').pop()!;
    await member.getByTestId('ticket-opened').waitFor();
    await expect(member.getByTestId('ticket-status').textContent()).resolves.toBe('Waiting on Atrium');
    const attachment = member.getByTestId('ticket-attachment');
    await expect(attachment.textContent()).resolves.toContain('blank-receipt.png');
    // The screenshot is shown from the API through the dashboard (it loads lazily: scrolled to first).
    await attachment.locator('img').scrollIntoViewIfNeeded();
    const shownWidth = attachment.locator('img').evaluate((image: HTMLImageElement) =>
      image.complete && image.naturalWidth ? image.naturalWidth : new Promise<number>((loaded) => image.addEventListener('load', () => loaded(image.naturalWidth), { once: true })),
    );
    await expect(shownWidth).resolves.toBe(120);
    await fitsThePhone(member, 'the ticket page');

    // An operator signs in with TOTP (enrolling the first time), in a browser of their own.
    const credentials = await createTestOperator(inject('databaseUrl'), 'e2e-tickets');
    const operator = await session.newPage();
    await operator.goto('/operator/login');
    const login = operator.getByTestId('operator-login-form');
    await login.getByLabel('Email').fill(credentials.operator.email);
    await login.getByLabel('Password').fill(credentials.oneTimePassword);
    await login.getByRole('button', { name: 'Sign in' }).click();
    await operator.getByTestId('operator-enrol-form').waitFor();
    await operator.getByLabel('Code from the app').fill(totpCode(credentials.totp.secret));
    await operator.getByLabel('New password').fill('operator-passphrase-2026');
    await operator.getByRole('button', { name: 'Enrol and sign in' }).click();
    await operator.waitForURL('**/operator/companies');

    // The inbox lists the ticket as waiting and unassigned; the operator opens it, takes it and answers.
    await operator.getByTestId('console-nav-support-inbox').click();
    await operator.waitForURL('**/operator/tickets');
    const row = operator.getByTestId('inbox-ticket').filter({ hasText: subject });
    await expect(row.textContent()).resolves.toContain(companyName);
    await row.getByTestId('inbox-ticket-link').click();
    await operator.waitForURL(`**/operator/tickets/${ticketId}`);
    await expect(operator.getByTestId('ticket-message').first().textContent()).resolves.toContain('Every receipt I download opens as an empty page.');
    await expect(operator.getByTestId('ticket-attachment').textContent()).resolves.toContain('blank-receipt.png');
    await operator.getByTestId('ticket-assignee').selectOption(credentials.operator.id);
    await operator.getByTestId('assign').click();
    await expect(operator.getByTestId('console-ticket-done').textContent()).resolves.toBe(`Assigned to ${credentials.operator.name}.`);
    const answer = 'Sorry about that! We regenerated your receipts; download them again from Billing.';
    await operator.getByTestId('console-reply-form').getByLabel('Your answer').fill(answer);
    await operator.getByTestId('send-answer').click();
    await operator.getByTestId('form-message').waitFor();
    await expect(operator.getByTestId('console-ticket-status').textContent()).resolves.toBe('Answered');
    await expect(operator.getByTestId('ticket-message').last().textContent()).resolves.toContain(answer);

    // The member sees the answer on the ticket, replies, and has the mail with the ticket's link.
    await member.reload();
    const reply = member.getByTestId('ticket-message').last();
    await expect(reply.getAttribute('data-author')).resolves.toBe('operator');
    await expect(reply.textContent()).resolves.toContain(answer);
    await expect(reply.textContent()).resolves.toContain('Atrium support');
    await expect(member.getByTestId('ticket-status').textContent()).resolves.toBe('Answered');
    await member.getByTestId('ticket-reply-form').getByLabel('Your reply').fill('That worked, thank you!');
    await member.getByTestId('send-reply').click();
    await member.getByTestId('form-message').waitFor();
    await expect(member.getByTestId('ticket-message').last().textContent()).resolves.toContain('That worked, thank you!');
    await expect(member.getByTestId('ticket-status').textContent()).resolves.toBe('Waiting on Atrium');
    await followOutboxLink(member, memberEmail, `Atrium support answered “${subject}”`);
    await member.waitForURL(`**/${companyId}/help/tickets/${ticketId}`);
    await expect(member.getByTestId('ticket-message').nth(1).textContent()).resolves.toContain(answer);

    // The owner's support history has the member's ticket too.
    await owner.goto(`/${companyId}/help/tickets`);
    await expect(owner.getByTestId('ticket-row').filter({ hasText: subject }).textContent()).resolves.toContain('Milo Member');
  }, 90_000);
});
