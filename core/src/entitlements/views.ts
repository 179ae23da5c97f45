import { z } from 'zod';

/** Where a module stands for a company (`ModuleState`), as the API shows it. */
export const moduleStateView = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('active'), removalOn: z.string().nullable() }),
    z.object({ kind: z.literal('trial'), endsAt: z.string(), daysLeft: z.int() }),
    z.object({ kind: z.literal('read_only') }),
    z.object({ kind: z.literal('not_available'), trialAvailable: z.boolean() }),
  ])
  .meta({ id: 'ModuleState' });

/** A module's usage limits on the company's plan; null is unlimited. */
export const usageLimitsView = z.record(z.string(), z.int().nullable()).meta({ id: 'UsageLimits' });
