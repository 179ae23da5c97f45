import { describe, expect, it } from 'vitest';
import { uniqueEmail } from './support/browser';
import { signUpInBrowser } from './support/company-flows';
import { dashboardSession } from './support/dashboard-session';
import { mailedTo, mailTheDesk, trySupport, writeSavedReply } from './support/support-flows';

describe('Support desk: a customer’s mail becomes a ticket, is answered with a saved reply, and the answer threads back', () => {
  const session = dashboardSession();

  it('mail over SMTP opens a ticket, the agent replies with a saved reply, the reply is mailed, and the customer’s answer lands in the same ticket', async () => {
    const agent = await session.newPage();
    const companyId = await signUpInBrowser(agent, { name: 'Grace Agent', email: uniqueEmail('desk-owner'), companyName: `Hopper Helpdesk ${Date.now().toString(36)}` });
    const address = await trySupport(agent, companyId);
    expect(address).toMatch(/^[a-z0-9-]+@support\.localhost$/);
    await writeSavedReply(agent, companyId, { title: 'Password reset', body: 'Use “Forgot password” on the sign-in page; the link is valid for an hour.' });

    // The customer writes from their own mail server to the company's support address.
    const customer = uniqueEmail('desk-customer');
    await mailTheDesk({ from: `Ada Customer <${customer}>`, to: address, subject: 'I cannot sign in', text: 'My password stopped working this morning.' });

    await agent.goto(`/${companyId}/modules/support/tickets?view=unassigned`);
    const row = agent.getByTestId('ticket-row').filter({ hasText: 'I cannot sign in' });
    await expect(row.getByTestId('ticket-status').textContent()).resolves.toBe('open');
    await row.getByTestId('ticket-link').click();
    await agent.waitForURL(`**/modules/support/tickets/*`);
    await expect(agent.getByTestId('thread-message').first().textContent()).resolves.toContain('My password stopped working this morning.');

    // The saved reply goes into the box; the agent adds a greeting and sends it.
    await agent.getByTestId('insert-saved-reply').getByLabel('Saved reply').selectOption({ label: 'Password reset' });
    await agent.getByTestId('insert-button').click();
    await agent.getByTestId('inserted-note').waitFor();
    const box = agent.getByTestId('reply-form').getByLabel('Your reply');
    await expect(box.inputValue()).resolves.toBe('Use “Forgot password” on the sign-in page; the link is valid for an hour.');
    await box.fill(`Hello Ada,\n\n${await box.inputValue()}`);
    await agent.getByTestId('send-reply').click();
    await agent.locator('[data-testid="thread-message"][data-direction="outbound"]').waitFor();
    await expect(agent.getByTestId('ticket-status').first().textContent()).resolves.toBe('pending');

    // The reply reaches the customer, from the support address and with its own Message-ID.
    const [reply] = await mailedTo(customer);
    expect(reply).toMatchObject({ subject: 'Re: I cannot sign in [#1]', text: 'Hello Ada,\n\nUse “Forgot password” on the sign-in page; the link is valid for an hour.' });
    expect(reply!.from).toContain(address);
    const messageId = reply!.headers['message-id']!;
    expect(messageId).toMatch(/@support\.localhost>$/);

    // The customer's answer, threaded only by its headers (their client changed the subject), lands in the same ticket and reopens it.
    await mailTheDesk({ from: customer, to: address, subject: 'Re: that worked', text: 'Thank you, I am back in.\n\nOn Tue, Hopper Helpdesk Support wrote:\n> Hello Ada,', inReplyTo: messageId, references: [messageId] });
    await agent.reload();
    const answers = agent.locator('[data-testid="thread-message"][data-direction="inbound"]');
    await expect(answers.count()).resolves.toBe(2);
    await expect(answers.nth(1).textContent()).resolves.toContain('Thank you, I am back in.');
    await expect(agent.getByTestId('ticket-status').first().textContent()).resolves.toBe('open');
    await agent.goto(`/${companyId}/modules/support/tickets?view=all`);
    await expect(agent.getByTestId('ticket-row').count()).resolves.toBe(1);
  });
});
