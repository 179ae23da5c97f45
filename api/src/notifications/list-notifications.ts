import type { AtriumAbility } from '@atrium/core';
import { Notification, withTenant } from '@atrium/db';
import type { ApiDependencies } from '../deps';
import { notFound } from '../http/http-error';

/**
 * Notices about money and cards are for those who handle billing; a notice with a
 * recipient (a leave decision, a reminder to a manager) only for that person; the rest is
 * for everyone.
 */
const billingKinds = ['payment', 'card_expiring', 'trial'];

/** The notices this person may see: billing kinds only for those who handle billing, one person's only for them. */
const visibleTo = (ability: AtriumAbility, personId: string) => ({
  ...(ability.can('read', 'Billing') ? {} : { kind: { $nin: billingKinds } }),
  $or: [{ recipientUserId: null }, { recipientUserId: personId }],
});

export async function listNotifications(deps: ApiDependencies, companyId: string, ability: AtriumAbility, personId: string, limit = 20) {
  const notices = await withTenant(deps.orm, { companyId }, (em) =>
    em.find(Notification, visibleTo(ability, personId), { orderBy: { createdAt: 'desc' }, limit }),
  );
  return notices.map(({ id, kind, title, body, createdAt, readAt }) => ({
    id,
    kind,
    title,
    body,
    createdAt: createdAt.toISOString(),
    read: readAt !== null,
  }));
}

/**
 * Another company's notice, one this person may not see, or a made-up id is not here: 404,
 * and nothing changes. Marking a read notice again keeps its first read time.
 */
export async function markNotificationRead(deps: ApiDependencies, companyId: string, ability: AtriumAbility, personId: string, notificationId: string) {
  await withTenant(deps.orm, { companyId }, async (em) => {
    const notice = await em.findOne(Notification, { $and: [{ id: notificationId }, visibleTo(ability, personId)] });
    if (!notice) throw notFound('There is no such notification.');
    notice.readAt ??= new Date();
    await em.flush();
  });
}
