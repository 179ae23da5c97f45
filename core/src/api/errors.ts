import { z } from 'zod';
import { companyRoles } from '../company/roles';

/** Every API failure has this shape: a stable code for programs and a sentence for people. */
export const apiError = z
  .object({
    error: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    /** Facts a program acts on, e.g. `{ seatsNeeded: 4 }` with `seat_purchase_required`. */
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'Error' });

export type ApiError = z.infer<typeof apiError>;

export const healthView = z
  .object({
    status: z.enum(['ok', 'degraded']),
    database: z.enum(['up', 'down']),
    temporal: z.enum(['up', 'down']),
  })
  .meta({ id: 'Health' });

export const meView = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
  companies: z.array(z.object({ id: z.uuid(), name: z.string(), slug: z.string(), role: z.enum(companyRoles) })),
}).meta({ id: 'Me' });
