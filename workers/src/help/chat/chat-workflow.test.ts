import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { defaultChatAnswerTimeoutMs } from '@atrium/core';
import { HelpChat, HelpChatMessage, HelpTicket, HelpTicketMessage, Notification, withTenant } from '@atrium/db';
import { createCompanyWithOwner } from '@atrium/db/testing';
import { chatAnsweredSignal, chatEndedSignal, chatProgressQuery, chatWorkflowId, type ChatStart } from '@atrium/workflows';
import { startBillingHarness, type BillingHarness } from '../../../test/billing-harness';

const minute = 60_000;

describe('the chat workflow, under time skipping', () => {
  let harness: BillingHarness;
  const taskQueue = 'chat-workflow-test';
  // Presence is a fact of the whole platform (any operator of any test): each story sets its own.
  let operatorOnline = true;

  beforeAll(async () => {
    harness = await startBillingHarness(taskQueue, { anyOperatorOnline: async () => operatorOnline });
  });
  afterAll(async () => harness?.stop());

  /** Ada of a new company opens a chat with one line; the workflow starts as the API starts it. */
  async function adaOpensAChat(companyName: string) {
    const { companyId, userId } = await createCompanyWithOwner(inject('ownerUrl'), companyName, { billingRows: false });
    const chatId = randomUUID();
    await withTenant(harness.orm, { companyId }, async (em) => {
      const chat = em.create(HelpChat, { id: chatId, company: companyId, createdBy: userId, status: 'waiting', assignedOperatorId: null, ticket: null, personReadAt: null, operatorReadAt: null, endedAt: null });
      em.create(HelpChatMessage, { company: companyId, createdBy: userId, chat, authorKind: 'person', operatorId: null, authorName: 'Ada Lovelace', body: 'My invoice shows two seats too many.' });
      await em.flush();
    });
    const start: ChatStart = { companyId, chatId, answerTimeoutMs: defaultChatAnswerTimeoutMs };
    const handle = await harness.env.client.workflow.start('chatWorkflow', { workflowId: chatWorkflowId(chatId), taskQueue, args: [start] });
    return { companyId, userId, chatId, handle };
  }

  const chatRow = (companyId: string, chatId: string) => withTenant(harness.orm, { companyId }, (em) => em.findOneOrFail(HelpChat, { id: chatId }, { populate: ['ticket'] }));
  const ticketsOf = (companyId: string) => withTenant(harness.orm, { companyId }, (em) => em.find(HelpTicket, {}));
  const noticesOf = (companyId: string) => withTenant(harness.orm, { companyId }, (em) => em.find(Notification, { kind: 'support_chat_ticket' }));

  /** What the API does when an operator writes the first answer: the line, the chat active, under the chat's lock. */
  async function operatorAnswers(companyId: string, chatId: string) {
    const operatorId = randomUUID();
    await withTenant(harness.orm, { companyId }, async (em) => {
      const chat = await em.findOneOrFail(HelpChat, { id: chatId });
      chat.status = 'active';
      chat.assignedOperatorId = operatorId;
      em.create(HelpChatMessage, { company: companyId, createdBy: null, chat, authorKind: 'operator', operatorId, authorName: 'Grace at Atrium', body: 'Let me look at your seats.' });
      await em.flush();
    });
    return operatorId;
  }

  it('turns an unanswered chat into a ticket two minutes after it opened, not before, and tells Ada', async () => {
    operatorOnline = true;
    const chat = await adaOpensAChat('Unanswered Chat Co');
    await harness.env.sleep(defaultChatAnswerTimeoutMs - 10_000);
    expect((await chat.handle.query(chatProgressQuery)).phase).toBe('waiting');
    expect((await chatRow(chat.companyId, chat.chatId)).status).toBe('waiting');
    expect(await ticketsOf(chat.companyId)).toEqual([]);

    await harness.env.sleep(20_000);
    const progress = await chat.handle.result();
    expect(progress).toMatchObject({ phase: 'ticketed', operatorOnline: true });
    const row = await chatRow(chat.companyId, chat.chatId);
    expect([row.status, row.ticket?.id]).toEqual(['ticketed', progress.ticketId]);
    const [ticket] = await ticketsOf(chat.companyId);
    expect(ticket).toMatchObject({ id: progress.ticketId, source: 'chat', chatId: chat.chatId, status: 'open', createdBy: chat.userId, subject: 'Live chat: My invoice shows two seats too many.' });
    const [first] = await withTenant(harness.orm, { companyId: chat.companyId }, (em) => em.find(HelpTicketMessage, { ticket: ticket!.id }));
    expect(first?.authorName).toBe('Ada Lovelace');
    expect(first?.body).toContain('Ada Lovelace (');
    expect(first?.body).toContain('My invoice shows two seats too many.');
    const notices = await noticesOf(chat.companyId);
    expect(notices.map((notice) => [notice.recipientUserId, notice.title, notice.category])).toEqual([[chat.userId, 'Your chat is now a support ticket', 'support']]);
  });

  it('an operator answers within the two minutes: the timer stops, no ticket ever, and ending the chat ends the workflow', async () => {
    operatorOnline = true;
    const chat = await adaOpensAChat('Answered Chat Co');
    await harness.env.sleep(minute);
    const operatorId = await operatorAnswers(chat.companyId, chat.chatId);
    await chat.handle.signal(chatAnsweredSignal, { operatorId });
    await harness.env.sleep(10 * minute);
    expect((await chat.handle.query(chatProgressQuery)).phase).toBe('answered');
    expect((await chatRow(chat.companyId, chat.chatId)).status).toBe('active');
    expect(await ticketsOf(chat.companyId)).toEqual([]);

    await chat.handle.signal(chatEndedSignal);
    expect(await chat.handle.result()).toMatchObject({ phase: 'ended', ticketId: null });
    expect(await ticketsOf(chat.companyId)).toEqual([]);
    expect(await noticesOf(chat.companyId)).toEqual([]);
  });

  it('an answer written just before the timer wins even when its signal is late: the chat row decides', async () => {
    operatorOnline = true;
    const chat = await adaOpensAChat('Close Call Co');
    await harness.env.sleep(defaultChatAnswerTimeoutMs - 5_000);
    await operatorAnswers(chat.companyId, chat.chatId);
    await harness.env.sleep(minute);
    expect((await chat.handle.query(chatProgressQuery)).phase).toBe('answered');
    expect(await ticketsOf(chat.companyId)).toEqual([]);
    await chat.handle.signal(chatEndedSignal);
    expect((await chat.handle.result()).phase).toBe('ended');
  });

  it('with no operator online, the chat becomes a ticket at once', async () => {
    operatorOnline = false;
    const chat = await adaOpensAChat('Nobody Home Co');
    const progress = await chat.handle.result();
    expect(progress).toMatchObject({ phase: 'ticketed', operatorOnline: false });
    expect((await ticketsOf(chat.companyId)).map((ticket) => ticket.id)).toEqual([progress.ticketId]);
  });

  it('a chat still open after a day is ended by the workflow', async () => {
    operatorOnline = true;
    const chat = await adaOpensAChat('Long Chat Co');
    await operatorAnswers(chat.companyId, chat.chatId);
    await chat.handle.signal(chatAnsweredSignal, { operatorId: randomUUID() });
    await harness.env.sleep(25 * 60 * minute);
    expect((await chat.handle.result()).phase).toBe('ended');
    const row = await chatRow(chat.companyId, chat.chatId);
    expect(row.status).toBe('ended');
    expect(row.endedAt).not.toBeNull();
  });

  it('turns a chat into a ticket once, even when the activity runs twice', async () => {
    operatorOnline = false;
    const chat = await adaOpensAChat('Retried Chat Co');
    const progress = await chat.handle.result();
    const { createActivities } = await import('../../activities');
    const { testActivityDependencies } = await import('../../../test/activity-dependencies');
    const again = await createActivities(testActivityDependencies(harness.orm)).ticketUnansweredChat({ companyId: chat.companyId, chatId: chat.chatId });
    expect(again).toEqual({ outcome: 'ticketed', ticketId: progress.ticketId });
    expect(await ticketsOf(chat.companyId)).toHaveLength(1);
    expect(await noticesOf(chat.companyId)).toHaveLength(1);
  });
});
