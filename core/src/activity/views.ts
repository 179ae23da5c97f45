import { z } from 'zod';
import { queryInteger } from '../api/query-integer';
import { moduleKeys } from '../modules/catalog';

/** What an entry of the company's activity feed is about; each comes from rows the company already has. */
export const activityKinds = [
  'invoice_issued',
  'invoice_paid',
  'member_joined',
  'member_left',
  'module_bought',
  'module_trial_started',
  'module_removed',
  'crm_deal_won',
  'hr_leave_approved',
  'finance_claim_submitted',
  'finance_claim_approved',
  'finance_claim_reimbursed',
  'project_task_done',
  'project_milestone_reached',
  'support_ticket_solved',
  'cms_page_published',
] as const;
export type ActivityKind = (typeof activityKinds)[number];

export const activityItemView = z
  .object({
    /** Stable across reads: the kind and the row it comes from. */
    id: z.string(),
    kind: z.enum(activityKinds),
    at: z.string(),
    title: z.string(),
    detail: z.string().nullable(),
    /** The module the entry belongs to (a deal won in CRM), or null for the company's own events. */
    module: z.enum(moduleKeys).nullable(),
    /** Where in the dashboard it leads, below the company (`billing`, `team`, `modules/crm`), or null. */
    path: z.string().nullable(),
  })
  .meta({ id: 'ActivityItem' });

export const activityFeedView = z.object({ items: z.array(activityItemView) }).meta({ id: 'ActivityFeed', description: 'Newest first; only what the person’s roles allow' });

export const activityFeedQuery = z.object({
  limit: queryInteger({ field: 'number of items (limit)', min: 1, max: 50 }).default(15),
});
