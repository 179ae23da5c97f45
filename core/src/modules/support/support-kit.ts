import type { ModuleKit } from '../kit/module-kit';

/** Support desk in the module kit: what its purge deletes and how its limits are counted. */
export const supportKit: ModuleKit = {
  module: 'support',
  tables: ['support_message', 'support_ticket', 'support_saved_reply'],
  usage: {
    // Tickets opened since the first of this month (UTC), whichever way they came in.
    ticketsPerMonth: { table: 'support_ticket', where: `created_at >= date_trunc('month', now() at time zone 'utc') at time zone 'utc'` },
    // One support address per company (`{slug}@<support domain>`) until a company may add more.
    mailboxes: { constant: 1 },
    slaPolicies: { table: 'module_setting', where: `module = 'support' and kind = 'sla_policy'` },
    savedReplies: { table: 'support_saved_reply' },
  },
};
