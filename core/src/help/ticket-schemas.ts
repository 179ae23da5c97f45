import { z } from 'zod';
import { text } from '../api/text';
import { companyIdParams } from '../company/schemas';
import type { CompanyRole } from '../company/roles';
import { moduleKeys } from '../modules/catalog';
import { helpAuthorKinds, helpTicketCategories, helpTicketPriorities, helpTicketSources, helpTicketStatuses } from './tickets';

/**
 * Support tickets to Atrium: what a company sends (the form, replies, attachments) and
 * reads back (its support history, one ticket's thread), and what the operators' inbox
 * reads and does. Attachments are uploaded one by one as raw bytes after the message they
 * belong to, so a JSON body stays small and the type is read from the bytes.
 */

export const helpTicketCategory = z.enum(helpTicketCategories, { error: 'Choose what it is about: billing, a module, your account or something else.' });
export const helpTicketPriority = z.enum(helpTicketPriorities, { error: 'Choose a priority: low, normal, high or urgent.' });
export const helpTicketStatus = z.enum(helpTicketStatuses, { error: 'Choose a status: open, pending, solved or closed.' });
const ticketModule = z.enum(moduleKeys, { error: `Choose the module: ${moduleKeys.join(', ')}.` });

const ticketSubject = text({ field: 'subject', min: 3, max: 200 });
const messageBody = text({ field: 'message', min: 1, max: 20_000, multiline: true, messages: { required: 'Write your message.', min: 'Write your message.' } });

/** Images and PDFs only, sniffed from their first bytes: a screenshot or an invoice, never a script. */
export const ticketAttachmentRules = {
  maxBytes: 5 * 1024 * 1024,
  maxPerMessage: 3,
  types: ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'application/pdf'] as const,
  /** Decoded image size: larger than any screen, small enough to decode safely. */
  maxPixels: 8192 * 8192,
};
export type TicketAttachmentType = (typeof ticketAttachmentRules.types)[number];

/** The attachment's type from its bytes, never from its name or the browser's guess; null when it is none we take. */
export function sniffTicketAttachmentType(bytes: Uint8Array): TicketAttachmentType | null {
  const starts = (signature: number[], offset = 0) => signature.length <= bytes.length - offset && signature.every((byte, i) => bytes[offset + i] === byte);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  if (starts([0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  return null;
}

/** Owners and admins read the company's whole support history; everyone else the tickets they opened. */
export function readsWholeSupportHistory(role: CompanyRole): boolean {
  return role === 'owner' || role === 'admin';
}

// Requests.

/**
 * A new ticket. The module is required for a `module` ticket; for any other category it is
 * left out (the form shows the module choice whatever the category, before JavaScript).
 */
export const openTicketRequest = z
  .object({
    category: helpTicketCategory,
    module: ticketModule.nullable().optional(),
    priority: helpTicketPriority.default('normal'),
    subject: ticketSubject,
    description: text({ field: 'description', min: 10, max: 20_000, multiline: true, messages: { min: 'Describe what happened in a sentence or two (at least 10 characters).' } }),
  })
  .superRefine((ticket, context) => {
    if (ticket.category === 'module' && !ticket.module) context.addIssue({ code: 'custom', path: ['module'], message: 'Choose the module the ticket is about.' });
  })
  .meta({ id: 'OpenHelpTicketRequest' });

export const ticketReplyRequest = z.object({ body: messageBody }).meta({ id: 'HelpTicketReplyRequest' });

/** What a company does with its own ticket: close it, or open it again. */
export const companyTicketStatusRequest = z
  .object({ status: z.enum(['open', 'closed'], { error: 'A ticket can be closed, or opened again.' }) })
  .meta({ id: 'HelpTicketCompanyStatusRequest' });

export const ticketListQuery = z.object({
  status: helpTicketStatus.optional(),
});

export const ticketParams = companyIdParams.extend({ ticketId: z.uuid({ error: 'That is not a ticket id.' }) });
export const ticketMessageParams = ticketParams.extend({ messageId: z.uuid({ error: 'That is not a message id.' }) });
export const ticketAttachmentParams = ticketParams.extend({ attachmentId: z.uuid({ error: 'That is not an attachment id.' }) });

/** The upload's file name, in the query string (the body is the file's bytes); without one it is named after its type. */
export const ticketAttachmentQuery = z.object({
  filename: text({ field: 'file name', max: 200 }).optional(),
});

// Views.

export const ticketAttachmentView = z
  .object({ id: z.uuid(), filename: z.string(), contentType: z.enum(ticketAttachmentRules.types), size: z.int(), createdAt: z.string() })
  .meta({ id: 'HelpTicketAttachment' });

export const ticketMessageView = z
  .object({
    id: z.uuid(),
    authorKind: z.enum(helpAuthorKinds),
    /** As written: the person's name, or the operator's ("Ada from Atrium support"). */
    authorName: z.string(),
    body: z.string(),
    attachments: z.array(ticketAttachmentView),
    createdAt: z.string(),
  })
  .meta({ id: 'HelpTicketMessage' });

export const ticketSummaryView = z
  .object({
    id: z.uuid(),
    subject: z.string(),
    category: helpTicketCategory,
    module: ticketModule.nullable(),
    priority: helpTicketPriority,
    status: helpTicketStatus,
    source: z.enum(helpTicketSources),
    /** Who opened it, as the thread names them. */
    openedByName: z.string(),
    openedByMe: z.boolean(),
    createdAt: z.string(),
    lastMessageAt: z.string(),
  })
  .meta({ id: 'HelpTicketSummary' });

export const ticketView = ticketSummaryView
  .extend({ messages: z.array(ticketMessageView) })
  .meta({ id: 'HelpTicket' });

export const ticketListView = z.object({ tickets: z.array(ticketSummaryView) }).meta({ id: 'HelpTicketList' });

/** A message just written, with the limits for the attachments that may follow it. */
export const ticketMessageWritten = z
  .object({ ticketId: z.uuid(), message: ticketMessageView, attachmentsAllowed: z.int() })
  .meta({ id: 'HelpTicketMessageWritten' });

// The operators' inbox.

export const inboxAssignments = ['all', 'mine', 'unassigned'] as const;

export const operatorInboxQuery = z.object({
  status: z.enum([...helpTicketStatuses, 'active'], { error: 'Filter by open, pending, solved, closed, or active (open and pending).' }).optional(),
  assigned: z.enum(inboxAssignments, { error: 'Filter by all, mine or unassigned.' }).optional(),
});

export const operatorTicketParams = z.object({ ticketId: z.uuid({ error: 'That is not a ticket id.' }) });
export const operatorTicketAttachmentParams = operatorTicketParams.extend({ attachmentId: z.uuid({ error: 'That is not an attachment id.' }) });

export const operatorTicketStatusRequest = z.object({ status: helpTicketStatus }).meta({ id: 'OperatorTicketStatusRequest' });
export const operatorTicketAssignRequest = z
  .object({ operatorId: z.uuid({ error: 'Choose an operator, or null to unassign.' }).nullable() })
  .meta({ id: 'OperatorTicketAssignRequest' });

export const inboxTicketView = ticketSummaryView
  .omit({ openedByMe: true })
  .extend({
    companyId: z.uuid(),
    companyName: z.string(),
    assignedOperator: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  })
  .meta({ id: 'InboxTicket' });

export const operatorTicketView = inboxTicketView
  .extend({ messages: z.array(ticketMessageView) })
  .meta({ id: 'OperatorTicket' });

export const operatorPickerView = z
  .object({ operators: z.array(z.object({ id: z.uuid(), name: z.string(), email: z.string() })) })
  .meta({ id: 'OperatorPicker' });

export type OpenTicketRequest = z.infer<typeof openTicketRequest>;
export type TicketSummary = z.infer<typeof ticketSummaryView>;
export type TicketView = z.infer<typeof ticketView>;
export type TicketMessageView = z.infer<typeof ticketMessageView>;
export type InboxTicket = z.infer<typeof inboxTicketView>;
export type OperatorTicketView = z.infer<typeof operatorTicketView>;
