import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { SlaClockState, SlaStatus, SlaTargetKind, SlaTargets, SupportPriority, SupportStatus } from '@atrium/core';

export const supportTicketWorkflowId = (ticketId: string) => `support-ticket:${ticketId}`;

export interface SupportTicketSlaInput {
  companyId: string;
  ticketId: string;
  priority: SupportPriority;
  /** The SLA policy's targets when the ticket opened (a later policy change applies to new tickets). */
  targets: SlaTargets;
  /** ISO time the clock starts: the ticket's opening, or its reopening by the customer. */
  openedAt: string;
  status: SupportStatus;
  /** An agent already answered (a reopened ticket), so only the resolution is watched. */
  responded?: boolean;
}

/** What changed on the ticket: its status (pending pauses the clock), its priority, or the first agent reply. */
export interface SupportTicketChange {
  status?: SupportStatus;
  priority?: SupportPriority;
  responded?: boolean;
}
export const supportTicketChangedSignal = defineSignal<[SupportTicketChange]>('supportTicketChanged');
export const supportTicketSlaQuery = defineQuery<{ clock: SlaClockState; status: SlaStatus }>('supportTicketSla');

export interface SupportSlaRecord {
  companyId: string;
  ticketId: string;
  slaStatus: SlaStatus;
  firstResponseDueAt: string | null;
  resolutionDueAt: string | null;
  /** A warning or breach to tell the assignee about (once per ticket, target and kind). */
  event?: { kind: 'warning' | 'breach'; target: SlaTargetKind };
}

export interface SupportActivities {
  /** Writes the ticket's SLA columns and, for an event, notifies its assignee. Idempotent per (ticket, target, kind). */
  recordSupportSla(input: SupportSlaRecord): Promise<void>;
}
