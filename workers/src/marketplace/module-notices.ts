import { moduleNames, type ModuleKey } from '@atrium/core';
import { notifyAndMail, withTenant, type Mailer, type MikroORM } from '@atrium/db';

/**
 * The marketplace's notices to the people who decide on modules (owners, admins, billing
 * managers), each keyed by the module and the moment that makes it unique, so a retried
 * activity writes it once.
 */
const footer = 'Open the marketplace in Atrium to see your modules.';
const deciders = ['owner', 'admin', 'billing'] as const;

export async function noticeOfTrialStarted(orm: MikroORM, mailer: Mailer, { companyId, module, startedAt, endsAt }: { companyId: string; module: ModuleKey; startedAt: string; endsAt: string }) {
  const name = moduleNames[module];
  await notifyAndMail(orm, mailer, {
    companyId,
    kind: 'trial_started',
    category: 'trial',
    module,
    title: `Your ${name} trial has started`,
    body: `${name} is yours to try until ${endsAt.slice(0, 10)}, without a card. We will remind you 3 days and 1 day before it ends.`,
    dedupeKey: `trial:${module}:started:${startedAt}`,
  }, deciders, footer);
}

export async function noticeOfTrialConverted(orm: MikroORM, mailer: Mailer, { companyId, module }: { companyId: string; module: ModuleKey }) {
  const name = moduleNames[module];
  await notifyAndMail(orm, mailer, {
    companyId,
    kind: 'module_added',
    category: 'modules',
    module,
    title: `${name} is now part of your plan`,
    body: `Your ${name} trial ended with a card on file, so ${name} continues as a paid module; its first charge covers the rest of this period.`,
    // One trial per module per company: the conversion happens once.
    dedupeKey: `trial:${module}:converted`,
  }, deciders, footer);
}

/**
 * The module was taken down (its removal took effect, or the company stopped it); its data
 * is kept until `purgeAfter`. A trial that just lapsed has told the company itself (the
 * trial workflow's "has ended" notice), so it is not told twice.
 */
export async function noticeOfModuleRemoved(orm: MikroORM, mailer: Mailer, { companyId, module, purgeAfter }: { companyId: string; module: ModuleKey; purgeAfter: string }) {
  const lapsedJustNow = await withTenant(orm, { companyId }, async (em) => {
    const [row] = await em.execute<{ n: number }[]>(
      `select count(*)::int as n from module_trial where module = ? and status = 'lapsed' and closed_at > now() - interval '1 hour'`,
      [module],
      'all',
    );
    return (row?.n ?? 0) > 0;
  });
  if (lapsedJustNow) return;
  const name = moduleNames[module];
  await notifyAndMail(orm, mailer, {
    companyId,
    kind: 'module_removed',
    category: 'modules',
    module,
    title: `${name} was removed`,
    body: `${name} is switched off. Its data is kept until ${purgeAfter.slice(0, 10)}: buy it again in the marketplace before then to pick up where you left off.`,
    dedupeKey: `module-removed:${module}:${purgeAfter}`,
  }, deciders, footer);
}
