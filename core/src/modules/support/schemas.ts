import { z } from 'zod';
import { queryInteger } from '../../api/query-integer';
import { text } from '../../api/text';
import { supportPriorities, supportStatuses } from './sla-clock';

const id = (what: string) => z.uuid({ error: `That is not a ${what} id.` });
const required = (field: string, max: number, message: string, multiline = false) => text({ field, min: 1, max, multiline, messages: { required: message, min: message } });
const accountId = (field: string) => z.string({ error: `Give the ${field}.` }).regex(/^[A-Za-z0-9_-]{1,64}$/, { error: `That is not a ${field}.` });
const email = z.email({ error: 'That is not an email address.' }).max(200, { error: 'An email address has at most 200 characters.' });
const tags = z.array(text({ field: 'tag', min: 1, max: 40 })).max(20, { error: 'At most 20 tags.' });

export const supportPriority = z.enum(supportPriorities, { error: `The priority is one of ${supportPriorities.join(', ')}.` });
export const supportStatus = z.enum(supportStatuses, { error: `The status is one of ${supportStatuses.join(', ')}.` });
export const supportSlaStatus = z.enum(['on_track', 'warning', 'breached', 'paused', 'met']);

export const supportParams = z.object({ companyId: id('company') });
export const supportTicketParams = supportParams.extend({ ticketId: id('ticket') });
export const supportSavedReplyParams = supportParams.extend({ replyId: id('saved reply') });
export const supportSlaPolicyParams = supportParams.extend({ policyId: id('SLA policy') });
/** The public form's door: a company's slug as it appears in its URLs. */
export const supportPublicParams = z.object({ companySlug: z.string({ error: 'Give the company.' }).regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: 'That is not a company address.' }) });

/** The shared inbox's views. `breaching`: open or pending tickets warned about or past their SLA. */
export const supportViews = ['mine', 'unassigned', 'all', 'breaching'] as const;
export type SupportView = (typeof supportViews)[number];
export const supportTicketSorts = ['updated', 'created', 'due'] as const;
export const supportTicketListQuery = z.object({
  view: z.enum(supportViews, { error: `view is one of ${supportViews.join(', ')}.` }).default('all'),
  status: z.enum([...supportStatuses, 'active'], { error: `status is one of active, ${supportStatuses.join(', ')}.` }).default('active'),
  q: text({ field: 'search', max: 100 }).optional(),
  tag: text({ field: 'tag', max: 40 }).optional(),
  sort: z.enum(supportTicketSorts, { error: `sort is one of ${supportTicketSorts.join(', ')}.` }).default('updated'),
  dir: z.enum(['asc', 'desc'], { error: 'dir is asc or desc.' }).default('desc'),
  limit: queryInteger({ field: 'page size (limit)', min: 1, max: 100 }).default(50),
  offset: queryInteger({ field: 'offset', min: 0, max: 1_000_000 }).default(0),
});

export const supportTicketInput = z
  .object({
    requesterEmail: email,
    requesterName: text({ field: 'requester name', max: 120 }).default(''),
    subject: required('subject', 200, 'Give the ticket a subject.'),
    body: required('message', 20_000, 'Write what the customer asked.', true),
    priority: supportPriority.default('normal'),
    assigneeId: accountId('assignee').nullable().optional(),
    tags: tags.default([]),
  })
  .meta({ id: 'SupportTicketInput' });

export const supportTicketPatch = z
  .object({
    subject: required('subject', 200, 'Give the ticket a subject.'),
    status: supportStatus,
    priority: supportPriority,
    assigneeId: accountId('assignee').nullable(),
    tags,
  })
  .partial()
  .meta({ id: 'SupportTicketPatch' });

export const supportReplyInput = z
  .object({
    body: required('reply', 20_000, 'Write the reply.', true),
    /** An internal note: kept on the ticket, never mailed to the customer. */
    internal: z.boolean({ error: 'internal is true or false.' }).default(false),
    /** The status the ticket takes with the reply (a mailed reply usually waits on the customer). */
    status: supportStatus.optional(),
  })
  .meta({ id: 'SupportReplyInput' });

export const supportMessageView = z
  .object({
    id: z.uuid(),
    direction: z.enum(['inbound', 'outbound', 'note']),
    authorName: z.string(),
    authorEmail: z.string().nullable(),
    body: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'SupportMessage' });

export const supportTicketSummary = z
  .object({
    id: z.uuid(),
    number: z.number().int(),
    subject: z.string(),
    requesterEmail: z.string(),
    requesterName: z.string(),
    status: supportStatus,
    priority: supportPriority,
    assigneeId: z.string().nullable(),
    tags: z.array(z.string()),
    source: z.enum(['mail', 'form', 'agent']),
    slaStatus: supportSlaStatus,
    firstResponseDueAt: z.string().nullable(),
    resolutionDueAt: z.string().nullable(),
    firstRespondedAt: z.string().nullable(),
    solvedAt: z.string().nullable(),
    lastMessageAt: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'SupportTicketSummary' });

export const supportTicketView = supportTicketSummary
  .extend({
    messages: z.array(supportMessageView),
    /** The requester's other tickets, newest first (at most 10). */
    history: z.array(supportTicketSummary.pick({ id: true, number: true, subject: true, status: true, createdAt: true })),
    canUpdate: z.boolean(),
  })
  .meta({ id: 'SupportTicket' });

export const supportTicketList = z
  .object({
    tickets: z.array(supportTicketSummary),
    total: z.number().int(),
    /** How many tickets each view holds (active ones), for the inbox's tabs. */
    counts: z.object({ mine: z.number().int(), unassigned: z.number().int(), all: z.number().int(), breaching: z.number().int() }),
  })
  .meta({ id: 'SupportTicketList' });

export const supportSavedReplyInput = z
  .object({ title: required('title', 120, 'Give the saved reply a title.'), body: required('reply', 10_000, 'Write the reply.', true) })
  .meta({ id: 'SupportSavedReplyInput' });
export const supportSavedReplyPatch = supportSavedReplyInput.partial().meta({ id: 'SupportSavedReplyPatch' });
export const supportSavedReplyView = z
  .object({ id: z.uuid(), title: z.string(), body: z.string(), ownerId: z.string().nullable(), updatedAt: z.string() })
  .meta({ id: 'SupportSavedReply' });
export const supportSavedReplyList = z.object({ savedReplies: z.array(supportSavedReplyView) }).meta({ id: 'SupportSavedReplyList' });

const hours = (what: string) => z.number({ error: `The ${what} target is a number of hours.` }).int({ error: `The ${what} target is a whole number of hours.` }).min(1, { error: `The ${what} target is at least 1 hour.` }).max(24 * 90, { error: `The ${what} target is at most 90 days.` });
const priorityTargets = z.object({ firstResponseHours: hours('first-response'), resolutionHours: hours('resolution') });
export const supportSlaTargets = z.object({ urgent: priorityTargets, high: priorityTargets, normal: priorityTargets, low: priorityTargets }).meta({ id: 'SupportSlaTargets' });
export const supportSlaPolicyInput = z
  .object({ name: required('name', 80, 'Give the policy a name.'), targets: supportSlaTargets })
  .meta({ id: 'SupportSlaPolicyInput' });
export const supportSlaPolicyPatch = supportSlaPolicyInput.partial().meta({ id: 'SupportSlaPolicyPatch' });
export const supportSlaPolicyView = z.object({ id: z.uuid(), name: z.string(), targets: supportSlaTargets, isDefault: z.boolean() }).meta({ id: 'SupportSlaPolicy' });
export const supportSlaPolicyList = z.object({ policies: z.array(supportSlaPolicyView) }).meta({ id: 'SupportSlaPolicyList' });

export const supportDeleted = z.object({ deleted: z.literal(true) }).meta({ id: 'SupportDeleted' });

export const supportMailboxView = z.object({ address: z.string(), formUrl: z.string() }).meta({ id: 'SupportMailbox' });

export const supportPublicFormInput = z
  .object({
    name: text({ field: 'name', max: 120 }).default(''),
    email,
    subject: required('subject', 200, 'Say what it is about.'),
    body: required('message', 10_000, 'Write your question.', true),
  })
  .meta({ id: 'SupportPublicFormInput' });
export const supportPublicDesk = z.object({ companyName: z.string(), address: z.string() }).meta({ id: 'SupportPublicDesk' });
export const supportPublicReceipt = z.object({ number: z.number().int(), message: z.string() }).meta({ id: 'SupportPublicReceipt' });

export type SupportTicketSummary = z.infer<typeof supportTicketSummary>;
export type SupportTicketInput = z.infer<typeof supportTicketInput>;
