import { apiError, moduleKeys, moduleKits, moduleLandingView, moduleListings, moduleNames, moduleSetupStepsView, moduleUsageView, renamedModuleSettingView, renameModuleSettingRequest as renameRequest, type ModuleKey } from '@atrium/core';
import { ModuleInstallation, ModuleSetting, withTenant } from '@atrium/db';
import { z } from 'zod';
import type { ApiDependencies } from '../deps';
import { HttpError } from '../http/http-error';
import type { RouteRegistry } from '../http/routes';
import { validate } from '../http/validate';
import { tickSetupStep } from './kit/setup-steps';
import { moduleUsage } from './kit/usage';

const moduleParams = z.object({
  companyId: z.uuid({ error: 'That is not a company id.' }),
  module: z.enum(moduleKeys, { error: `Modules are ${moduleKeys.join(', ')}.` }),
});
const settingParams = moduleParams.extend({ settingId: z.uuid({ error: 'That is not a setting id.' }) });
const stepParams = moduleParams.extend({ step: z.string().regex(/^[a-z_]{1,40}$/, { error: 'That is not a setup step.' }) });

/**
 * Every business module's routes, behind the module gate (`can: [action, 'module']`):
 * 402 for a module not bought, read-only while past due. The module screens come later;
 * for now each module shows its state and the defaults it was set up with.
 */
export function registerModuleRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  const path = '/api/companies/:companyId/modules/:module';

  registry.add({
    method: 'get', path, summary: "A module's landing: its state and what it was set up with", tags: ['modules'],
    access: 'company', can: ['read', 'module'], params: moduleParams,
    responses: { 200: { description: 'The module', schema: moduleLandingView }, 402: { description: 'The module is not active', schema: apiError } },
    handler: async (ctx) => {
      const { companyId, module } = validate(moduleParams, ctx.params);
      const { state, limits } = ctx.state.entitlements.modules[module];
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const installation = await em.findOne(ModuleInstallation, { module });
        const done = new Set(installation?.completedSetupSteps ?? []);
        return {
          key: module,
          name: moduleNames[module],
          state,
          readOnly: state.kind === 'read_only',
          limits,
          // False for the moment between a purchase or trial and its provisioning.
          provisioned: installation?.status === 'active',
          setupSteps: moduleListings[module].setupSteps.map((step) => ({ ...step, done: done.has(step.key) })),
          settings: await settingsOf(em, module),
        };
      });
    },
  });

  registry.add({
    method: 'get', path: `${path}/usage`, summary: "The module's usage of each limit of the plan, for the meter", tags: ['modules'],
    access: 'company', can: ['read', 'module'], params: moduleParams,
    responses: { 200: { description: 'Each limit with what is used', schema: moduleUsageView }, 402: { description: 'The module is not active' } },
    handler: async (ctx) => {
      const { companyId, module } = validate(moduleParams, ctx.params);
      const { entitlements } = ctx.state;
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => ({ plan: entitlements.plan.key, limits: await moduleUsage(em, moduleKits[module], module, entitlements) }));
    },
  });

  registry.add({
    method: 'post', path: `${path}/setup-steps/:step/complete`, summary: 'Tick a step of the module’s setup checklist', tags: ['modules'],
    access: 'company', can: ['update', 'module'], params: stepParams,
    responses: { 200: { description: 'The checklist', schema: moduleSetupStepsView }, 402: { description: 'Not active, or read-only', schema: apiError }, 404: { description: 'No such step', schema: apiError }, 409: { description: 'Still being set up', schema: apiError } },
    handler: async (ctx) => {
      const { companyId, module, step } = validate(stepParams, ctx.params);
      const steps = moduleListings[module].setupSteps;
      if (!steps.some((candidate) => candidate.key === step)) throw new HttpError(404, 'not_found', `${moduleNames[module]} has no setup step "${step}".`);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const installation = await em.findOne(ModuleInstallation, { module });
        if (!installation) throw new HttpError(409, 'module_not_ready', `${moduleNames[module]} is still being set up; try again in a moment.`);
        if (!installation.completedSetupSteps.includes(step)) installation.completedSetupSteps = [...installation.completedSetupSteps, step];
        await em.flush();
        const done = new Set(installation.completedSetupSteps);
        return { setupSteps: steps.map((candidate) => ({ ...candidate, done: done.has(candidate.key) })) };
      });
    },
  });

  registry.add({
    method: 'patch', path: `${path}/settings/:settingId`, summary: 'Rename one of the module’s settings (a pipeline stage, a leave type…)', tags: ['modules'],
    access: 'company', can: ['update', 'module'], params: settingParams, body: renameRequest,
    responses: { 200: { description: 'Renamed', schema: renamedModuleSettingView }, 402: { description: 'Not active, or read-only', schema: apiError }, 404: { description: 'No such setting', schema: apiError } },
    handler: async (ctx) => {
      const { companyId, module, settingId } = validate(settingParams, ctx.params);
      const { name } = validate(renameRequest, ctx.request.body);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const setting = await em.findOne(ModuleSetting, { id: settingId, module });
        if (!setting) throw new HttpError(404, 'not_found', 'There is no such setting in this module.');
        setting.name = name;
        await em.flush();
        // Renaming a stage is reviewing the pipeline: CRM's checklist ticks it.
        if (module === 'crm' && setting.kind === 'pipeline_stage') await tickSetupStep(em, 'crm', 'review_pipeline_stages');
        return { id: setting.id, kind: setting.kind, name: setting.name };
      });
    },
  });
}

async function settingsOf(em: Parameters<Parameters<typeof withTenant>[2]>[0], module: ModuleKey) {
  const settings = await em.find(ModuleSetting, { module }, { orderBy: { kind: 'asc', position: 'asc' } });
  return settings.map(({ id, kind, name, data }) => ({ id, kind, name, data }));
}
