import type { AtriumAbility } from '@atrium/core';
import { Notification, withTenant } from '@atrium/db';
import type { ApiDependencies } from '../deps';

/** Notices about money and cards are for those who handle billing; the rest is for everyone. */
const billingKinds = ['payment', 'card_expiring', 'trial'];

export async function listNotifications(deps: ApiDependencies, companyId: string, ability: AtriumAbility, limit = 20) {
  const seesBilling = ability.can('read', 'Billing');
  const notices = await withTenant(deps.orm, { companyId }, (em) =>
    em.find(Notification, seesBilling ? {} : { kind: { $nin: billingKinds } }, { orderBy: { createdAt: 'desc' }, limit }),
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

export async function markNotificationRead(deps: ApiDependencies, companyId: string, notificationId: string) {
  return withTenant(deps.orm, { companyId }, (em) => em.nativeUpdate(Notification, { id: notificationId, readAt: null }, { readAt: new Date() }));
}
