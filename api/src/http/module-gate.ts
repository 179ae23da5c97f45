import { isModuleKey, moduleNames, type Action, type ModuleKey } from '@atrium/core';
import type { Middleware } from 'koa';
import { HttpError, notFound } from './http-error';

/**
 * The rule for every route of a business module (`/modules/:module/…`): a module the
 * company has not bought (or is not trying) answers 402 with the way to the marketplace,
 * never its data; while the subscription is past due or paused it reads but does not
 * write; then the person's module role decides.
 */
export function requireModule(action: Action, fixedModule?: ModuleKey): Middleware {
  return async (ctx, next) => {
    const module = fixedModule ?? ctx.params.module;
    if (!isModuleKey(module)) throw notFound('There is no such module.');
    const { companyId } = ctx.state.membership as { companyId: string };
    const { state } = ctx.state.entitlements.modules[module];
    const name = moduleNames[module];
    if (state.kind === 'not_available') {
      ctx.status = 402;
      ctx.body = {
        error: 'module_not_active',
        message: state.trialAvailable
          ? `${name} is not active for this company. Start a free 14-day trial or buy it in the marketplace.`
          : `${name} is not active for this company. Buy it in the marketplace.`,
        marketplaceUrl: `/${companyId}/marketplace/${module}`,
      };
      return;
    }
    if (action !== 'read' && state.kind === 'read_only') {
      throw new HttpError(402, 'modules_read_only', `${name} is read-only until your subscription is paid up or resumed. See Billing.`);
    }
    if (!ctx.state.ability.can(action, module)) {
      throw new HttpError(403, 'forbidden', `Your role in ${name} does not allow this. Ask an owner or admin of this company.`);
    }
    await next();
  };
}
