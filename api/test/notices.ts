import { randomUUID } from 'node:crypto';
import { asOwner } from './http';

/**
 * Leaves a notice for a company as the workers do (they write the row; the API lists it):
 * for the people of its category, or for one person.
 */
export async function leaveNotice(
  companyId: string,
  notice: { kind?: string; category: string; title?: string; module?: string; recipientUserId?: string; minutesAgo?: number },
): Promise<string> {
  const id = randomUUID();
  await asOwner(
    `insert into notification (id, company_id, kind, category, module, title, body, dedupe_key, recipient_user_id, created_at)
     values ($1, $2, $3, $4, $5, $6, 'Body', $7, $8, now() - make_interval(mins => $9))`,
    [id, companyId, notice.kind ?? notice.category, notice.category, notice.module ?? null, notice.title ?? `A ${notice.category} notice`, `test:${id}`, notice.recipientUserId ?? null, notice.minutesAgo ?? 0],
  );
  return id;
}

/** The mails the local outbox holds for `email`, newest first. */
export async function mailsTo(api: { request(method: string, path: string): Promise<{ body: { messages: Array<{ subject: string; text: string }> } }> }, email: string) {
  return (await api.request('GET', `/api/dev/outbox?to=${encodeURIComponent(email.toLowerCase())}`)).body.messages;
}
