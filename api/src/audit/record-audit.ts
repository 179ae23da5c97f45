import { AuditEvent, type AuditCategory, type EntityManager } from '@atrium/db';
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
