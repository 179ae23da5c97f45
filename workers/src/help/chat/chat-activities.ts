import { operatorPresenceWindowMs } from '@atrium/core';
import { HelpChat, notifyPerson, publishChatNotice, turnChatIntoTicket, withTenant, type Mailer, type MikroORM } from '@atrium/db';
import type { ChatActivities } from '@atrium/workflows';

/**
 * The `chat:{id}` workflow's activities. Presence is read in an operator context (the
 * operator table is under its own policy); everything about the chat runs in its
 * company's context, keyed by the chat's id.
 */
export function createChatActivities({ orm, mailer }: { orm: MikroORM; mailer: Mailer }): ChatActivities {
  return {
    async anyOperatorOnline() {
      const [row] = await withTenant(orm, { operator: 'chat workflow: is anyone online' }, (em) =>
        em.execute<{ n: number }[]>(
          `select count(*)::int as n from operator where disabled_at is null and chat_present_at > now() - make_interval(secs => ?)`,
          [operatorPresenceWindowMs / 1000],
          'all',
        ),
      );
      return (row?.n ?? 0) > 0;
    },

    async ticketUnansweredChat({ companyId, chatId }) {
      const result = await withTenant(orm, { companyId }, (em) => turnChatIntoTicket(em, chatId));
      if (!result) return { outcome: 'missing' };
      if (result.outcome !== 'ticketed') return { outcome: result.outcome };
      // After the commit, once per chat (a retry finds the notice by its key and mails nobody twice).
      if (result.personUserId) {
        await notifyPerson(
          orm,
          mailer,
          {
            companyId,
            userId: result.personUserId,
            kind: 'support_chat_ticket',
            category: 'support',
            title: 'Your chat is now a support ticket',
            body: 'Nobody at Atrium could answer your chat in time, so we turned it into a ticket with the whole conversation. We will answer there, and mail you when we do.',
            dedupeKey: `chat-ticket:${chatId}`,
          },
          `Open the ticket: /${companyId}/help/tickets/${result.ticketId}`,
        );
      }
      return { outcome: 'ticketed', ticketId: result.ticketId };
    },

    async endOpenChat({ companyId, chatId }) {
      await withTenant(orm, { companyId }, async (em) => {
        const chat = await em.findOne(HelpChat, { id: chatId });
        if (!chat || chat.status === 'ended' || chat.status === 'ticketed') return;
        chat.status = 'ended';
        chat.endedAt = new Date();
        await em.flush();
        await publishChatNotice(em, { type: 'chat', companyId, chatId });
      });
    },
  };
}
