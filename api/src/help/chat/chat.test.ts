import { describe, expect, it, vi } from 'vitest';
import { chatWorkflowId } from '@atrium/workflows';
import { Client, Connection } from '@temporalio/client';
import { inject } from 'vitest';
import { openEventStream } from '../../../test/event-stream';
import { addMember, signUpCompany, uniqueEmail } from '../../../test/http';
import { signedInOperator } from '../../../test/operators';

const chatsOf = (companyId: string) => `/api/companies/${companyId}/help/chats`;

type StreamEvent = { type: string; chat?: { id: string; status: string; operatorReadAt: string | null; personReadAt: string | null; assignedOperatorId: string | null }; message?: { id: string; body: string; authorKind: string; authorName: string }; typing?: boolean; name?: string; chatId?: string };

/** Reads a stream's events until one matches (skipping keep-alives and other chats' events). */
async function eventMatching(stream: Awaited<ReturnType<typeof openEventStream>>, match: (event: StreamEvent) => boolean): Promise<StreamEvent> {
  for (;;) {
    const { data } = await stream.nextData<StreamEvent>();
    if (match(data)) return data;
  }
}

async function workflowStatus(chatId: string) {
  const connection = await Connection.connect({ address: inject('temporalAddress') });
  try {
    const description = await new Client({ connection }).workflow.getHandle(chatWorkflowId(chatId)).describe();
    return description.status.name;
  } finally {
    await connection.close();
  }
}

describe('live chat between a company and Atrium support', () => {
  it('a member chats with an operator live in both directions, with typing and read marks; the transcript stays in the support history', async () => {
    const company = await signUpCompany('chat-live', 'Chatty Industries');
    const member = await addMember(company.api, company.companyId, uniqueEmail('chat-member'), 'member');
    const { api: operator, credentials } = await signedInOperator('chat-live');
    // The operator's console is open: they count as online, so the chat waits for them.
    const console = await openEventStream(`${operator.baseUrl}/api/operator/chats/stream`, operator.cookie);
    try {
      expect(console.status).toBe(200);
      const opened = await member.request('POST', chatsOf(company.companyId), { body: 'Hello, how do I add a seat?' });
      expect(opened.status).toBe(201);
      const chatId = opened.body.id as string;
      expect(opened.body).toMatchObject({ status: 'waiting', companyId: company.companyId, messages: [{ authorKind: 'person', body: 'Hello, how do I add a seat?' }] });
      // One open chat per person.
      const again = await member.request('POST', chatsOf(company.companyId), { body: 'Hello again' });
      expect([again.status, again.body.error, again.body.details?.chatId]).toEqual([409, 'chat_open', chatId]);

      const appeared = await eventMatching(console, (event) => event.type === 'chat' && event.chat?.id === chatId);
      expect(appeared.chat).toMatchObject({ status: 'waiting', companyName: 'Chatty Industries' });

      const panel = await openEventStream(`${member.baseUrl}${chatsOf(company.companyId)}/${chatId}/stream`, member.cookie);
      try {
        expect((await panel.nextData<StreamEvent>()).data).toMatchObject({ type: 'chat', chat: { id: chatId, status: 'waiting' } });
        expect((await panel.nextData<StreamEvent>()).data.message?.body).toBe('Hello, how do I add a seat?');

        // The operator types: the member sees it; the member types: the operator sees it.
        expect((await operator.request('POST', `/api/operator/chats/${chatId}/typing`, { typing: true })).status).toBe(200);
        expect((await eventMatching(panel, (event) => event.type === 'typing')).typing).toBe(true);
        expect((await member.request('POST', `${chatsOf(company.companyId)}/${chatId}/typing`, { typing: true })).status).toBe(200);
        expect(await eventMatching(console, (event) => event.type === 'typing' && event.chatId === chatId)).toMatchObject({ by: 'person', typing: true });

        const answer = await operator.request('POST', `/api/operator/chats/${chatId}/messages`, { body: 'Team, then Invite: the seat is offered there.' });
        expect(answer.status).toBe(201);
        const arrived = await eventMatching(panel, (event) => event.type === 'message');
        expect(arrived.message).toMatchObject({ authorKind: 'operator', body: 'Team, then Invite: the seat is offered there.', authorName: credentials.operator.name });
        expect((await eventMatching(panel, (event) => event.type === 'chat')).chat).toMatchObject({ status: 'active', assignedOperatorId: credentials.operator.id });

        const reply = await member.request('POST', `${chatsOf(company.companyId)}/${chatId}/messages`, { body: 'Found it, thanks!' });
        expect(reply.status).toBe(201);
        expect((await eventMatching(console, (event) => event.type === 'message' && event.message?.authorKind === 'person')).message).toMatchObject({ chatId, body: 'Found it, thanks!' });

        // Read marks go both ways.
        expect((await operator.request('POST', `/api/operator/chats/${chatId}/read`)).status).toBe(200);
        expect((await eventMatching(panel, (event) => event.type === 'chat' && event.chat?.operatorReadAt !== null)).chat?.status).toBe('active');
        expect((await member.request('POST', `${chatsOf(company.companyId)}/${chatId}/read`)).body.personReadAt).not.toBeNull();

        // The console's transcript is audited in the company's own log.
        const transcript = await operator.request('GET', `/api/operator/chats/${chatId}`);
        expect(transcript.body.messages.map((line: { body: string }) => line.body)).toEqual(['Hello, how do I add a seat?', 'Team, then Invite: the seat is offered there.', 'Found it, thanks!']);
        const audit = await company.api.request('GET', `/api/companies/${company.companyId}/audit-log`);
        expect(audit.body.events.map((event: { description: string }) => event.description).join('\n')).toMatch(/Atrium support read chat-member-[\w-]+'s chat on /);

        const ended = await member.request('POST', `${chatsOf(company.companyId)}/${chatId}/end`);
        expect(ended.body.status).toBe('ended');
        expect((await member.request('POST', `${chatsOf(company.companyId)}/${chatId}/messages`, { body: 'One more thing' })).body.error).toBe('chat_ended');
        expect((await operator.request('POST', `/api/operator/chats/${chatId}/messages`, { body: 'Still there?' })).status).toBe(409);
        await vi.waitFor(async () => expect(await workflowStatus(chatId)).toBe('COMPLETED'), { timeout: 15_000, interval: 250 });
        // No ticket came of an answered chat.
        expect(ended.body.ticketId).toBeNull();

        // The support history: the owner sees the member's chat and its transcript.
        const history = await company.api.request('GET', chatsOf(company.companyId));
        expect(history.body.chats.map((chat: { id: string }) => chat.id)).toEqual([chatId]);
        const read = await company.api.request('GET', `${chatsOf(company.companyId)}/${chatId}`);
        expect(read.body.messages).toHaveLength(3);
      } finally {
        panel.close();
      }
    } finally {
      console.close();
    }
  });

  it("keeps a member's chat from another member (404), while owners read it; only its opener writes in it", async () => {
    const company = await signUpCompany('chat-private');
    const ada = await addMember(company.api, company.companyId, uniqueEmail('chat-ada'), 'member');
    const bob = await addMember(company.api, company.companyId, uniqueEmail('chat-bob'), 'member');
    // An operator is online, so the chat stays open: with none online it would become a
    // ticket at once, and whether one is depends on which other tests run beside this one.
    const { api: operator } = await signedInOperator('chat-private');
    const console = await openEventStream(`${operator.baseUrl}/api/operator/chats/stream`, operator.cookie);
    try {
      const opened = await ada.request('POST', chatsOf(company.companyId), { body: 'A private question' });
      const chatId = opened.body.id as string;
      expect((await bob.request('GET', `${chatsOf(company.companyId)}/${chatId}`)).status).toBe(404);
      expect((await bob.request('GET', `${chatsOf(company.companyId)}/${chatId}/stream`)).status).toBe(404);
      expect((await bob.request('GET', chatsOf(company.companyId))).body.chats).toEqual([]);
      expect((await bob.request('GET', `${chatsOf(company.companyId)}/current`)).body.chat).toBeNull();
      expect((await ada.request('GET', `${chatsOf(company.companyId)}/current`)).body.chat.id).toBe(chatId);
      expect((await company.api.request('GET', `${chatsOf(company.companyId)}/${chatId}`)).body.messages[0].body).toBe('A private question');
      expect((await company.api.request('POST', `${chatsOf(company.companyId)}/${chatId}/messages`, { body: 'Owner here' })).status).toBe(404);
      expect((await bob.request('POST', `${chatsOf(company.companyId)}/${chatId}/end`)).status).toBe(404);
    } finally {
      console.close();
    }
  });

  it('refuses empty lines with a sentence, and too many lines in a minute with 429 and Retry-After', async () => {
    const company = await signUpCompany('chat-flood');
    // An operator is online, so the chat stays open (waiting) while the lines pour in.
    const { api: operator } = await signedInOperator('chat-flood');
    const console = await openEventStream(`${operator.baseUrl}/api/operator/chats/stream`, operator.cookie);
    const empty = await company.api.request('POST', chatsOf(company.companyId), { body: '   ' });
    expect([empty.status, empty.body.fields?.body]).toEqual([400, 'Write a message.']);
    const opened = await company.api.request('POST', chatsOf(company.companyId), { body: 'Line 1' });
    expect(opened.status).toBe(201);
    const statuses: number[] = [];
    let refused: Awaited<ReturnType<typeof company.api.request>> | undefined;
    // 20 lines a minute (the chat's first line counts): the 21st is refused.
    for (let line = 2; line <= 21; line += 1) {
      const response = await company.api.request('POST', `${chatsOf(company.companyId)}/${opened.body.id}/messages`, { body: `Line ${line}` });
      statuses.push(response.status);
      if (response.status === 429) refused = response;
    }
    expect(statuses.filter((status) => status === 201)).toHaveLength(19);
    expect(statuses.at(-1)).toBe(429);
    expect(refused?.body.error).toBe('too_many_messages');
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
    console.close();
  });
});
