import type { ChatMessageView, ChatView, HelpAuthorKind, HelpChatStatus } from '@atrium/core';
import type { EntityManager } from '@mikro-orm/postgresql';

export interface ChatFilter {
  ids?: string[];
  /** The person who opened them (their own support history). */
  openedBy?: string;
  statuses?: HelpChatStatus[];
}

interface ChatRow {
  id: string;
  company_id: string;
  company_name: string;
  status: HelpChatStatus;
  created_by: string | null;
  assigned_operator_id: string | null;
  ticket_id: string | null;
  person_read_at: Date | null;
  operator_read_at: Date | null;
  created_at: Date;
  ended_at: Date | null;
  person_name: string | null;
  operator_name: string | null;
  last_body: string | null;
  last_at: Date | null;
}

export type ChatWithCompany = ChatView & { companyName: string };

/**
 * Chats as the panel, the support history and the console show them, newest first: who
 * opened it (the name of their first line), the last line, and the name of the assigned
 * operator as they last signed a line in it (a company context cannot read the operator
 * table, and a chat reads the same after an operator is renamed). Runs under the caller's
 * context: a company's, or the console's system context.
 */
export async function chatViews(em: EntityManager, filter: ChatFilter, limit = 100): Promise<ChatWithCompany[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    where.push('c.id in (?)');
    params.push(filter.ids);
  }
  if (filter.openedBy !== undefined) {
    where.push('c.created_by = ?');
    params.push(filter.openedBy);
  }
  if (filter.statuses) {
    where.push('c.status in (?)');
    params.push(filter.statuses);
  }
  const rows = await em.execute<ChatRow[]>(
    `select c.id, c.company_id, co.name as company_name, c.status, c.created_by, c.assigned_operator_id, c.ticket_id,
            c.person_read_at, c.operator_read_at, c.created_at, c.ended_at,
            first_line.author_name as person_name, operator_line.author_name as operator_name,
            last_line.body as last_body, last_line.created_at as last_at
       from help_chat c
       join company co on co.id = c.company_id
       left join lateral (select author_name from help_chat_message where chat_id = c.id and author_kind = 'person' order by created_at, id limit 1) first_line on true
       left join lateral (select author_name from help_chat_message where chat_id = c.id and author_kind = 'operator' and operator_id = c.assigned_operator_id order by created_at desc, id desc limit 1) operator_line on true
       left join lateral (select body, created_at from help_chat_message where chat_id = c.id order by created_at desc, id desc limit 1) last_line on true
      ${where.length ? `where ${where.join(' and ')}` : ''}
      order by c.created_at desc, c.id desc
      limit ${Math.max(1, Math.min(500, Math.trunc(limit)))}`,
    params,
    'all',
  );
  return rows.map((row) => ({
    id: row.id,
    companyId: row.company_id,
    companyName: row.company_name,
    status: row.status,
    openedBy: row.created_by ?? '',
    personName: row.person_name ?? 'A member',
    assignedOperatorId: row.assigned_operator_id,
    assignedOperatorName: row.assigned_operator_id ? (row.operator_name ?? 'Atrium support') : null,
    ticketId: row.ticket_id,
    personReadAt: iso(row.person_read_at),
    operatorReadAt: iso(row.operator_read_at),
    createdAt: iso(row.created_at)!,
    endedAt: iso(row.ended_at),
    lastMessage: (row.last_body ?? '').slice(0, 200),
    lastMessageAt: iso(row.last_at ?? row.created_at)!,
  }));
}

interface MessageRow {
  id: string;
  chat_id: string;
  author_kind: HelpAuthorKind;
  author_name: string;
  body: string;
  created_at: Date;
}

/** A chat's lines in the order they were written (or only the lines named by `ids`). */
export async function chatMessages(em: EntityManager, chatId: string, ids?: string[]): Promise<ChatMessageView[]> {
  const rows = await em.execute<MessageRow[]>(
    `select id, chat_id, author_kind, author_name, body, created_at from help_chat_message
      where chat_id = ? ${ids ? 'and id in (?)' : ''} order by created_at, id`,
    ids ? [chatId, ids] : [chatId],
    'all',
  );
  return rows.map((row) => ({ id: row.id, chatId: row.chat_id, authorKind: row.author_kind, authorName: row.author_name, body: row.body, createdAt: iso(row.created_at)! }));
}

function iso(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}
