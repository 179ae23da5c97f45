import type { ModuleKey } from '../catalog';

/**
 * How a usage limit is counted from the real rows: a table of the module and an optional
 * SQL condition (run inside the company's transaction, so row-level security scopes it), or
 * a constant for limits the module does not let a company grow yet. `value` is an SQL
 * aggregate read instead of `count(*)` (bytes in GB, the most languages of one site).
 */
export type UsageCounter = { table: string; where?: string; value?: string } | { constant: number };

/**
 * A module's data-bearing parts in one place, for the kit: the tables its purge empties
 * (children first) and how each of its `moduleLimits` keys is counted. Provisioning
 * defaults live in `module-defaults.ts`; setup steps in `module-listing.ts`.
 */
export interface ModuleKit {
  module: ModuleKey;
  /** Every table of the module, in the order a purge deletes them. */
  tables: readonly string[];
  /** One counter per limit key of `moduleLimits[module]`. */
  usage: Record<string, UsageCounter>;
}
