import { randomUUID } from 'node:crypto';
import type { OperatorView } from '@atrium/core';
import { AuditEvent, type EntityManager } from '@atrium/db';
import { recordOperatorAudit } from '../record-operator-audit';

/**
 * An operator opened a company's ticket: the operator log says which operator, and the
 * company's own log says "Atrium support read your ticket … on …" (like the console's
 * other company reads, actor "Atrium support"), in the same transaction as the read.
 */
export function recordTicketView(em: EntityManager, { operator, companyId, ticketId, subject }: { operator: OperatorView; companyId: string; ticketId: string; subject: string }): void {
  recordOperatorAudit(em, { operator, action: 'ticket.viewed', target: subject, companyId, details: { ticketId } });
  em.create(AuditEvent, {
    id: randomUUID(),
    company: companyId,
    actorUserId: `operator:${operator.id}`,
    actorEmail: 'Atrium support',
    category: 'company',
    action: 'support.viewed_ticket',
    target: subject.slice(0, 254),
    details: { ticketId, viewedAt: new Date().toISOString() },
  });
}
