import { AuditEvent, withTenant, type AuditCategory, type EntityManager, type MikroORM } from '@atrium/db';
import { randomUUID } from 'node:crypto';
import type { Person } from '../http/guards';

/** Adds an audit event to the unit of work, so it commits (or not) with the change itself. */
export function recordAudit(
  em: EntityManager,
  entry: { companyId: string; actor: Person; category: AuditCategory; action: string; target: string; details?: Record<string, unknown> },
): void {
  em.create(AuditEvent, {
    id: randomUUID(),
    company: entry.companyId,
    actorUserId: entry.actor.id,
    actorEmail: entry.actor.email,
    category: entry.category,
    action: entry.action,
    target: entry.target,
    details: entry.details ?? {},
  });
}

/**
 * Writes an audit event on its own, after a change that committed elsewhere (the
 * subscription workflow is where billing changes commit): the event says what happened,
 * so it is written only once it has.
 */
export async function recordAuditAfter(
  deps: { orm: MikroORM },
  entry: Parameters<typeof recordAudit>[1],
): Promise<void> {
  await withTenant(deps.orm, { companyId: entry.companyId, userId: entry.actor.id }, async (em) => {
    recordAudit(em, entry);
    await em.flush();
  });
}
