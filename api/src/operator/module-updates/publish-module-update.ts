import { moduleNames, type OperatorView } from '@atrium/core';
import { ModuleUpdate, notifyModuleUpdate, withTenant } from '@atrium/db';
import type { ApiDependencies } from '../../deps';
import { notFound } from '../../http/http-error';
import { operatorScope } from '../operator-session';
import { recordOperatorAudit, recordOperatorAuditAlone } from '../record-operator-audit';
import { consoleModuleUpdate } from './write-module-update';

/**
 * Publishes an update: the publication and its audit event commit together, then the
 * notices go out (`notifyModuleUpdate`: one per company that has the module now, keyed by
 * the update's id, mailed to those who want it). Publishing an update that is published
 * already sends it again, and only companies without a notice of it get one (the fan-out
 * stopped half-way, or a company bought the module since): the way to finish a fan-out.
 */
export async function publishModuleUpdate(deps: ApiDependencies, operator: OperatorView, updateId: string) {
  const published = await withTenant(deps.orm, { operator: operatorScope(operator) }, async (em) => {
    const update = await em.findOne(ModuleUpdate, { id: updateId });
    if (!update) throw notFound('There is no such module update.');
    const firstTime = !update.publishedAt;
    if (firstTime) {
      Object.assign(update, { publishedAt: new Date(), publishedBy: operator.id });
      recordOperatorAudit(em, { operator, action: 'module_update.published', target: update.title, details: { updateId, module: update.module, moduleName: moduleNames[update.module] } });
      await em.flush();
    }
    return { view: await consoleModuleUpdate(em, update), text: update.bodyText, firstTime };
  });

  const { view, text, firstTime } = published;
  // The notice is plain text (the bell, the mail); What's new shows the rendered update.
  const fanOut = await notifyModuleUpdate(deps.orm, deps.mailer, { module: view.module, updateId, title: `${moduleNames[view.module]}: ${view.title}`, body: text });
  if (!firstTime) {
    await recordOperatorAuditAlone(deps.orm, {
      operator,
      action: 'module_update.resent',
      target: view.title,
      details: { updateId, module: view.module, moduleName: moduleNames[view.module], companies: fanOut.companies, notified: fanOut.created },
    });
  }
  return { update: view, companies: fanOut.companies, notified: fanOut.created };
}
