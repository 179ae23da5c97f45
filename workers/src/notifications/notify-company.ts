import { Notification, withTenant, type MikroORM } from '@atrium/db';
import { randomUUID } from 'node:crypto';

export interface CompanyNotice {
  companyId: string;
  kind: string;
  title: string;
  body: string;
  /** Business key of the notice: writing it twice leaves one row. */
  dedupeKey: string;
}

/** Writes an in-app notice for a company once, however often an activity is retried. */
export async function notifyCompany(orm: MikroORM, notice: CompanyNotice): Promise<void> {
  await withTenant(orm, { companyId: notice.companyId }, async (em) => {
    await em.upsert(
      Notification,
      {
        id: randomUUID(),
        company: notice.companyId,
        kind: notice.kind,
        title: notice.title,
        body: notice.body,
        dedupeKey: notice.dedupeKey,
        createdAt: new Date(),
        readAt: null,
      },
      { onConflictFields: ['company', 'dedupeKey'], onConflictAction: 'ignore' },
    );
  });
}
