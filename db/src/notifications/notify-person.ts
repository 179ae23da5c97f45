import type { MikroORM } from '@mikro-orm/postgresql';
import type { Mailer } from '../mail/mailer';
import { deliverNotice, type Notice } from './deliver-notice';

export interface PersonalNotice extends Omit<Notice, 'recipientUserId'> {
  /** The account the notice is for: only they see it in the shell, and it is mailed to them (unless they chose otherwise). */
  userId: string;
}

/** An in-app notice for one person and a mail to them, once per dedupe key (see `deliverNotice`). */
export async function notifyPerson(orm: MikroORM, mailer: Mailer, { userId, ...notice }: PersonalNotice, footer: string): Promise<void> {
  await deliverNotice(orm, mailer, { ...notice, recipientUserId: userId }, { footer });
}
