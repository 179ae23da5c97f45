/// <reference path="../../scripts/test/provided-context.d.ts" />
import path from 'node:path';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestOperator, totpCode } from '@atrium/db/testing/operators';
import { startProcess, stopProcess, waitForHttp, type Supervised } from '../../scripts/lib/processes';
import { launchBrowser, openPage, uniqueEmail } from './support/browser';
import { signUpInBrowser } from './support/company-flows';
import { phone } from './support/phone';
import { freePort, startDashboard, type Dashboard } from './support/start-dashboard';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Live chat in two browsers. The test stack's API waits the default two minutes for an
 * answer; a second API beside it, on the same database, Temporal and worker, waits 3
 * seconds (ATRIUM_CHAT_ANSWER_TIMEOUT_SECONDS), for the chat nobody answers.
 */
describe('live chat with Atrium support, in the browser', () => {
  let browser: Browser;
  let dashboard: Dashboard;
  let shortApi: Supervised;
  let shortDashboard: Dashboard;
  let operator: Page;

  beforeAll(async () => {
    const port = await freePort();
    shortApi = startProcess('api-chat', process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
      cwd: root,
      quiet: true,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PORT: String(port),
        DATABASE_URL: inject('databaseUrl'),
        TEMPORAL_ADDRESS: inject('temporalAddress'),
        TEMPORAL_TASK_QUEUE: inject('taskQueue'),
        LOG_LEVEL: 'warn',
        ATRIUM_CHAT_ANSWER_TIMEOUT_SECONDS: '3',
        ATRIUM_RATE_LIMIT_REQUESTS_PER_ADDRESS: '1000000',
        ATRIUM_RATE_LIMIT_FAILURES_PER_ADDRESS: '1000000',
      },
    });
    const shortApiUrl = `http://127.0.0.1:${port}`;
    await waitForHttp(`${shortApiUrl}/api/health`, 90_000);
    [dashboard, shortDashboard, browser] = await Promise.all([
      startDashboard({ apiUrl: process.env.ATRIUM_TEST_API_URL! }),
      startDashboard({ apiUrl: shortApiUrl }),
      launchBrowser(),
    ]);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([dashboard?.stop(), shortDashboard?.stop()]);
    if (shortApi) await stopProcess(shortApi);
  });

  /** An operator enrolled and signed in through the dashboard's /api, in their own browser, on the live-chat screen. */
  async function operatorOnChatScreen(): Promise<{ page: Page; name: string }> {
    const credentials = await createTestOperator(inject('databaseUrl'), 'chat-e2e');
    const { page } = await openPage(browser, dashboard.url);
    const login = await page.request.post('/api/operator/login', { data: { email: credentials.operator.email, password: credentials.oneTimePassword } });
    const enrolment = (await login.json()) as { enrolment: { token: string } };
    const enrolled = await page.request.post('/api/operator/enrolment', { data: { token: enrolment.enrolment.token, code: totpCode(credentials.totp.secret), newPassword: 'operator-passphrase-2026' } });
    expect(enrolled.status()).toBe(200);
    await page.goto('/operator/chat');
    await page.locator('[data-testid="console-chat"][data-live="true"]').waitFor();
    return { page, name: credentials.operator.name };
  }

  it('a member chats with an operator: both see the other’s lines and typing live, and the panel fits a phone', async () => {
    const console = await operatorOnChatScreen();
    operator = console.page;
    const { page: member } = await openPage(browser, dashboard.url);
    const companyName = `Chat Live ${Date.now().toString(36)}`;
    await signUpInBrowser(member, { name: 'Ada Lovelace', email: uniqueEmail('chat-member'), companyName });

    await member.getByTestId('chat-open').click();
    const panel = member.getByTestId('chat-panel');
    await panel.getByTestId('chat-input').fill('Hello, how do I add a seat?');
    await panel.getByTestId('chat-input').press('Enter');
    await member.locator('[data-testid="chat-panel"][data-status="waiting"]').waitFor();
    await expect(panel.getByTestId('chat-line').last().textContent()).resolves.toContain('Hello, how do I add a seat?');

    // The chat appears in the console at once; the operator opens it.
    const row = operator.getByTestId('console-chat-row').filter({ hasText: companyName });
    await row.click();
    await operator.getByTestId('chat-line').filter({ hasText: 'Hello, how do I add a seat?' }).waitFor();

    // The member types: the operator sees it. The operator types: the member sees it.
    await panel.getByTestId('chat-input').pressSequentially('One more');
    await operator.getByTestId('chat-typing').filter({ hasText: 'Ada Lovelace is typing…' }).waitFor();
    await operator.getByTestId('chat-input').pressSequentially('Team, then Invite');
    await panel.getByTestId('chat-typing').filter({ hasText: `${console.name} is typing…` }).waitFor();

    await operator.getByTestId('chat-input').press('Enter');
    await panel.getByTestId('chat-line').filter({ hasText: 'Team, then Invite' }).waitFor();
    await member.locator('[data-testid="chat-panel"][data-status="active"]').waitFor();
    // The member's panel is open: the answer is read, and the operator sees "Read".
    await operator.getByTestId('chat-receipt').filter({ hasText: 'Read' }).waitFor();

    await panel.getByTestId('chat-input').fill('Found it, thanks!');
    await panel.getByTestId('chat-send').click();
    await operator.getByTestId('chat-line').filter({ hasText: 'Found it, thanks!' }).waitFor();
    await panel.getByTestId('chat-receipt').filter({ hasText: 'Read' }).waitFor();

    // On a phone the panel is a full-screen sheet within the screen.
    await member.setViewportSize(phone);
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(phone.width);
    expect(await member.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await panel.getByTestId('chat-input').focus();
    await member.keyboard.press('Escape');
    await member.getByTestId('chat-panel').waitFor({ state: 'detached' });
    await expect(member.getByTestId('chat-open').evaluate((button) => button === document.activeElement)).resolves.toBe(true);

    // The transcript stays in the company's support history, readable on the phone too.
    await member.goto(new URL(member.url()).pathname.split('/').slice(0, 2).join('/') + '/help');
    await member.getByTestId('contact-support-chats').click();
    await member.getByTestId('chat-history-link').first().click();
    const lines = member.getByTestId('chat-transcript').getByTestId('ticket-message');
    await lines.nth(2).waitFor();
    const transcript = await lines.allTextContents();
    expect(transcript.map((line) => line.replace(/\s+/g, ' '))).toEqual([
      expect.stringContaining('Hello, how do I add a seat?'),
      expect.stringContaining('Team, then Invite'),
      expect.stringContaining('Found it, thanks!'),
    ]);
    expect(await member.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
  });

  it('nobody answers: after the short timeout the member is told the chat is now a ticket, and the ticket exists', async () => {
    const { page: member } = await openPage(browser, shortDashboard.url);
    const companyId = await signUpInBrowser(member, { name: 'Grace Hopper', email: uniqueEmail('chat-unanswered'), companyName: `Chat Unanswered ${Date.now().toString(36)}` });
    await member.getByTestId('chat-open').click();
    const panel = member.getByTestId('chat-panel');
    await panel.getByTestId('chat-input').fill('Is anyone there?');
    await panel.getByTestId('chat-input').press('Enter');
    await panel.getByTestId('chat-ticketed').waitFor({ timeout: 20_000 });
    const href = (await panel.getByTestId('chat-ticket-link').getAttribute('href'))!;
    const ticketId = href.match(new RegExp(`^/${companyId}/help/tickets/([0-9a-f-]{36})$`))?.[1];
    expect(ticketId).toBeDefined();

    // The ticket, as the API keeps it: from the chat, open, its first message the transcript.
    const chat = await member.request.get(`/api/companies/${companyId}/help/chats`);
    const [listed] = ((await chat.json()) as { chats: Array<{ id: string; status: string; ticketId: string }> }).chats;
    expect([listed?.status, listed?.ticketId]).toEqual(['ticketed', ticketId]);
    const client = new pg.Client({ connectionString: inject('ownerUrl') });
    await client.connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('app.system_context', 'test: read the ticket', true)`);
      const { rows } = await client.query(`select t.source, t.status, t.chat_id, m.body from help_ticket t join help_ticket_message m on m.ticket_id = t.id where t.id = $1`, [ticketId]);
      expect(rows).toHaveLength(1);
      expect([rows[0].source, rows[0].status, rows[0].chat_id]).toEqual(['chat', 'open', listed!.id]);
      expect(rows[0].body).toContain('Is anyone there?');
      await client.query('rollback');
    } finally {
      await client.end();
    }
  });
});
