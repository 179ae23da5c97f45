import { z } from 'zod';

const active = z.object({ kind: z.literal('active'), removalOn: z.string().nullable() });
const trial = z.object({ kind: z.literal('trial'), endsAt: z.string(), daysLeft: z.int() });
const readOnly = z.object({ kind: z.literal('read_only') });
const notAvailable = z.object({ kind: z.literal('not_available'), trialAvailable: z.boolean() });

/** Where a module stands for a company (`ModuleState`), as the API shows it. */
export const moduleStateView = z.discriminatedUnion('kind', [active, trial, readOnly, notAvailable]).meta({ id: 'ModuleState' });

/** A module the company can use now: paid, in trial, or paid but read-only while past due. */
export const usableModuleStateView = z.discriminatedUnion('kind', [active, trial, readOnly]).meta({ id: 'UsableModuleState' });

/** A module's usage limits on the company's plan; null is unlimited. */
export const usageLimitsView = z.record(z.string(), z.int().nullable()).meta({ id: 'UsageLimits' });
