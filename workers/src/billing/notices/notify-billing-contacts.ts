import type { Mailer, MikroORM } from '@atrium/db';
import type { BillingActivities } from '@atrium/workflows';
import { notifyAndMail } from '../../notifications/notify-and-mail';

/** A billing notice: in the dashboard, and by mail to the company's owners and billing managers. */
export function notifyBillingContacts(orm: MikroORM, mailer: Mailer): BillingActivities['notifyBillingContacts'] {
  return (notice) => notifyAndMail(orm, mailer, notice, ['owner', 'billing'], 'Open Billing in Atrium to see your invoices and cards.');
}
