import type { Page } from 'playwright-core';
import nodemailer from 'nodemailer';
import { inject } from 'vitest';

/** Starts Support desk's free trial (no card) and waits for its SLA policy; returns the support address. */
export async function trySupport(owner: Page, companyId: string): Promise<string> {
  await owner.goto(`/${companyId}/marketplace/support`);
  await owner.getByTestId('module-actions').getByTestId('start-trial').click();
  await owner.getByTestId('marketplace-success').waitFor({ timeout: 30_000 });
  await owner.goto(`/${companyId}/modules/support`);
  // The home retries by itself until provisioning has written the SLA policy.
  await owner.getByTestId('sla-policy').waitFor({ timeout: 30_000 });
  await owner.getByTestId('whats-new').waitFor();
  return (await owner.getByTestId('support-address').textContent())!.trim();
}

/** A customer's mail server delivering to the desk's SMTP listener, as a relay would. */
export async function mailTheDesk(mail: { from: string; to: string; subject: string; text: string; inReplyTo?: string; references?: string[] }): Promise<void> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: inject('supportSmtpPort'), secure: false, ignoreTLS: true });
  try {
    await transport.sendMail(mail);
  } finally {
    transport.close();
  }
}

/** What the desk mailed to `email`, newest first, as the local outbox kept it (headers included). */
export async function mailedTo(email: string): Promise<Array<{ subject: string; text: string; from: string; headers: Record<string, string> }>> {
  const response = await fetch(`${process.env.ATRIUM_TEST_API_URL}/api/dev/outbox?to=${encodeURIComponent(email)}`);
  return ((await response.json()) as { messages: Array<{ subject: string; text: string; from: string; headers: Record<string, string> }> }).messages;
}

/** Writes a saved reply on the saved replies page. */
export async function writeSavedReply(page: Page, companyId: string, reply: { title: string; body: string }): Promise<void> {
  await page.goto(`/${companyId}/modules/support/saved-replies`);
  const form = page.getByTestId('saved-reply-form');
  await form.getByLabel('Title').fill(reply.title);
  await form.getByLabel('Reply').fill(reply.body);
  await form.getByRole('button', { name: 'Save reply' }).click();
  await page.getByTestId('saved-reply').filter({ hasText: reply.title }).waitFor();
}
