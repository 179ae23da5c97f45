import type { ModuleKey } from '@atrium/core';
import type { EntityManager } from '@atrium/db';

/**
 * Ticks a setup step because the company did the thing (its first import, its first deal),
 * inside the same transaction as the record that did it. Idempotent: a step ticks once.
 */
export async function tickSetupStep(em: EntityManager, module: ModuleKey, step: string): Promise<void> {
  await em.execute(
    `update module_installation set completed_setup_steps = completed_setup_steps || to_jsonb(?::text)
     where module = ? and not completed_setup_steps @> to_jsonb(array[?::text])`,
    [step, module, step],
  );
}
