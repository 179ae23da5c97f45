import { randomUUID } from 'node:crypto';
import { AuditEvent, OperatorAuditEvent, withTenant, type EntityManager, type MikroORM } from '@atrium/db';
import type { OperatorView } from '@atrium/core';

export interface OperatorAuditEntry {
  /** Null for a refused sign-in that names no operator. */
  operator: OperatorView | null;
  operatorEmail?: string;
  action: string;
  target: string;
  companyId?: string | null;
  details?: Record<string, unknown>;
}

/** Adds an operator audit event to the unit of work (an operator context must be open). */
export function recordOperatorAudit(em: EntityManager, entry: OperatorAuditEntry): void {
  em.create(OperatorAuditEvent, {
    id: randomUUID(),
    operator: entry.operator?.id ?? null,
    operatorEmail: entry.operator?.email ?? entry.operatorEmail ?? '',
    action: entry.action,
    target: entry.target.slice(0, 254),
    subjectCompanyId: entry.companyId ?? null,
    details: entry.details ?? {},
  });
}

/** An operator audit event on its own transaction: for refusals, whose request then fails. */
export async function recordOperatorAuditAlone(orm: MikroORM, entry: OperatorAuditEntry): Promise<void> {
  await withTenant(orm, { operator: `audit: ${entry.action}` }, async (em) => {
    recordOperatorAudit(em, entry);
    await em.flush();
  });
}

/**
 * An operator read a company's data: the same transaction writes the operator's audit
 * event and one in the company's own audit log, which its owners read as "Atrium support
 * viewed your billing on …". The actor is "Atrium support", not the operator's name: the
 * company deals with Atrium, and the operator log says which operator it was.
 */
export function recordSupportView(
  em: EntityManager,
  { operator, companyId, companyName, view }: { operator: OperatorView; companyId: string; companyName: string; view: 'company' | 'billing' },
): void {
  const viewedAt = new Date().toISOString();
  recordOperatorAudit(em, { operator, action: view === 'billing' ? 'company.billing_viewed' : 'company.viewed', target: companyName, companyId });
  em.create(AuditEvent, {
    id: randomUUID(),
    company: companyId,
    actorUserId: `operator:${operator.id}`,
    actorEmail: 'Atrium support',
    category: view === 'billing' ? 'billing' : 'company',
    action: view === 'billing' ? 'support.viewed_billing' : 'support.viewed_company',
    target: companyName.slice(0, 254),
    details: { viewedAt },
  });
}
