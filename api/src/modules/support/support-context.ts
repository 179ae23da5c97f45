import { moduleRecord, type Entitlements, type SlaTargets, type SupportTicketSummary } from '@atrium/core';
import { ModuleSetting, type EntityManager, type SupportTicketEntity } from '@atrium/db';
import { supportTicketChangedSignal, supportTicketWorkflowId, type SupportTicketChange, type SupportTicketSlaInput } from '@atrium/workflows';
import type { Context } from 'koa';
import type { ApiDependencies } from '../../deps';
import { HttpError } from '../../http/http-error';
import { noticeUsageAfterCommit, type UsageChange } from '../kit/usage';

/** The person and company of a Support desk request. Agents (editors) work every ticket, not only their own. */
export interface SupportActor {
  companyId: string;
  userId: string;
  entitlements: Entitlements;
  /** May reply, assign and change status (agents and managers). */
  canUpdate: boolean;
  manages: boolean;
  canEditSavedReply(ownerId: string | null): boolean;
}

export function supportActor(ctx: Context): SupportActor {
  const { ability } = ctx.state;
  return {
    companyId: ctx.state.membership.companyId,
    userId: ctx.state.person.id,
    entitlements: ctx.state.entitlements,
    canUpdate: ability.can('update', 'support'),
    manages: ability.can('manage', 'support'),
    canEditSavedReply: (ownerId) => ability.can('update', moduleRecord('support', ownerId)),
  };
}

export async function requireMember(em: EntityManager, userId: string, field: string): Promise<void> {
  const [member] = await em.execute<{ id: string }[]>(`select id from membership where user_id = ?`, [userId], 'all');
  if (!member) throw new HttpError(400, 'invalid_request', 'That person is not a member of this company.', { [field]: 'Not a member of this company.' });
}

export const ticketSummary = (ticket: SupportTicketEntity): SupportTicketSummary => ({
  id: ticket.id, number: ticket.number, subject: ticket.subject, requesterEmail: ticket.requesterEmail, requesterName: ticket.requesterName,
  status: ticket.status, priority: ticket.priority, assigneeId: ticket.assigneeId ?? null, tags: ticket.tags, source: ticket.source,
  slaStatus: ticket.slaStatus, firstResponseDueAt: ticket.firstResponseDueAt?.toISOString() ?? null, resolutionDueAt: ticket.resolutionDueAt?.toISOString() ?? null,
  firstRespondedAt: ticket.firstRespondedAt?.toISOString() ?? null, solvedAt: ticket.solvedAt?.toISOString() ?? null,
  lastMessageAt: ticket.lastMessageAt.toISOString(), createdAt: ticket.createdAt.toISOString(),
});

export interface SlaPolicy {
  id: string;
  name: string;
  targets: SlaTargets;
  position: number;
}

export async function slaPolicies(em: EntityManager): Promise<SlaPolicy[]> {
  const rows = await em.find(ModuleSetting, { module: 'support', kind: 'sla_policy' }, { orderBy: { position: 'asc', createdAt: 'asc' } });
  return rows.map((row) => ({ id: row.id, name: row.name, targets: row.data as unknown as SlaTargets, position: row.position }));
}

/** The policy a ticket runs on: its own, else the company's first (the provisioned default). */
export async function policyOf(em: EntityManager, policyId: string | null | undefined): Promise<SlaPolicy | null> {
  const policies = await slaPolicies(em);
  return policies.find((policy) => policy.id === policyId) ?? policies[0] ?? null;
}

/** The input of the ticket's SLA workflow as the ticket stands (a fresh run after a reopening). */
export async function slaInputOf(em: EntityManager, companyId: string, ticket: SupportTicketEntity): Promise<SupportTicketSlaInput | null> {
  const policy = await policyOf(em, ticket.slaPolicyId);
  if (!policy) return null;
  return { companyId, ticketId: ticket.id, priority: ticket.priority, targets: policy.targets, openedAt: new Date().toISOString(), status: ticket.status, responded: ticket.firstRespondedAt !== null };
}

/** After commit: the new ticket's SLA clock (`support-ticket:{id}`). A company without a policy has none. */
export async function startTicketSla(deps: Pick<ApiDependencies, 'temporal' | 'config'>, input: SupportTicketSlaInput | null): Promise<void> {
  if (!input) return;
  await deps.temporal.workflow.start('supportTicketSlaWorkflow', { workflowId: supportTicketWorkflowId(input.ticketId), taskQueue: deps.config.temporal.taskQueue, args: [input] });
}

/**
 * After commit: tells the ticket's clock what changed. Signal-with-start, because a solved
 * ticket's workflow has ended and a reopened one needs a new clock.
 */
export async function signalTicketSla(deps: Pick<ApiDependencies, 'temporal' | 'config'>, input: SupportTicketSlaInput | null, change: SupportTicketChange): Promise<void> {
  if (!input) return;
  if (input.status === 'solved' || input.status === 'closed') {
    // Nothing to start for a ticket that is done; an ended workflow ignores the miss.
    await deps.temporal.workflow.getHandle(supportTicketWorkflowId(input.ticketId)).signal(supportTicketChangedSignal, change).catch(() => undefined);
    return;
  }
  await deps.temporal.workflow.signalWithStart('supportTicketSlaWorkflow', {
    workflowId: supportTicketWorkflowId(input.ticketId), taskQueue: deps.config.temporal.taskQueue, args: [input], signal: supportTicketChangedSignal, signalArgs: [change],
  });
}

export const afterUsage = (deps: Pick<ApiDependencies, 'orm' | 'mailer' | 'logger'>, companyId: string, change: UsageChange, periodStart: string) =>
  noticeUsageAfterCommit(deps, 'support', companyId, change, periodStart);
