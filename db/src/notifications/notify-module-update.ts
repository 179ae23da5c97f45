import { moduleNames, type ModuleKey } from '@atrium/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Mailer } from '../mail/mailer';
import { withTenant } from '../tenancy/tenant-context';
import { deliverNotice } from './deliver-notice';

export interface ModuleUpdateNotice {
  module: ModuleKey;
  /** The published update's id: the business key, so publishing twice (or a retry) notifies once per company. */
  updateId: string;
  title: string;
  body: string;
}

/**
 * Fans a module update (published by an operator) out to every company that has the
 * module now, bought or in trial, as a `module_updates` notice that only people who can
 * open the module see. Reading which companies have it is a named cross-company context;
 * each notice is written in its company's own.
 */
export async function notifyModuleUpdate(orm: MikroORM, mailer: Mailer, update: ModuleUpdateNotice): Promise<{ companies: number; created: number }> {
  const companies = await withTenant(orm, { system: 'notifications: module update fan-out' }, (em) =>
    em.execute<{ company_id: string }[]>(`select company_id from module_installation where module = ? and status = 'active' order by company_id`, [update.module], 'all'),
  );
  let created = 0;
  for (const { company_id: companyId } of companies) {
    const result = await deliverNotice(
      orm,
      mailer,
      { companyId, kind: 'module_update', category: 'module_updates', module: update.module, title: update.title, body: update.body, dedupeKey: `module-update:${update.updateId}` },
      { footer: `Open ${moduleNames[update.module]} in Atrium to try it.` },
    );
    if (result.created) created += 1;
  }
  return { companies: companies.length, created };
}
