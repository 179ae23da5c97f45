import { apiError, changeModuleUpdateRequest, consoleModuleUpdateParams, consoleModuleUpdateView, createModuleUpdateRequest, publishedModuleUpdateView } from '@atrium/core';
import { ModuleUpdate, withTenant } from '@atrium/db';
import { z } from 'zod';
import type { ApiDependencies } from '../../deps';
import { notFound } from '../../http/http-error';
import type { RouteRegistry } from '../../http/routes';
import { validate } from '../../http/validate';
import { operatorScope } from '../operator-session';
import { publishModuleUpdate } from './publish-module-update';
import { changeModuleUpdate, consoleModuleUpdate, createModuleUpdate } from './write-module-update';

/** Module updates in the console: drafts written and previewed in the operator's own context, then published to the companies that have the module. */
export function registerConsoleModuleUpdateRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  const asOperator = (operator: { id: string; email: string }) => ({ operator: operatorScope(operator) });
  const path = '/api/operator/module-updates';

  registry.add({
    method: 'get',
    path,
    summary: 'Every module update, drafts included, newest first',
    tags: ['operator'],
    access: 'operator',
    responses: { 200: { description: 'Module updates', schema: z.object({ updates: z.array(consoleModuleUpdateView) }) } },
    handler: async (ctx) => {
      ctx.body = {
        updates: await withTenant(deps.orm, asOperator(ctx.state.operator), async (em) => {
          const updates = await em.find(ModuleUpdate, {}, { orderBy: { updatedAt: 'desc', id: 'desc' }, limit: 500 });
          return Promise.all(updates.map((update) => consoleModuleUpdate(em, update)));
        }),
      };
    },
  });

  registry.add({
    method: 'post',
    path,
    summary: 'Write a module update (markdown), as a draft',
    tags: ['operator'],
    access: 'operator',
    body: createModuleUpdateRequest,
    responses: { 201: { description: 'The draft, with its preview', schema: consoleModuleUpdateView } },
    handler: async (ctx) => {
      const input = validate(createModuleUpdateRequest, ctx.request.body);
      const operator = ctx.state.operator;
      ctx.status = 201;
      ctx.body = await withTenant(deps.orm, asOperator(operator), (em) => createModuleUpdate(em, operator, input));
    },
  });

  registry.add({
    method: 'get',
    path: `${path}/:updateId`,
    summary: 'One module update, with its preview',
    tags: ['operator'],
    access: 'operator',
    params: consoleModuleUpdateParams,
    responses: { 200: { description: 'The update', schema: consoleModuleUpdateView }, 404: { description: 'No such update', schema: apiError } },
    handler: async (ctx) => {
      const { updateId } = validate(consoleModuleUpdateParams, ctx.params);
      ctx.body = await withTenant(deps.orm, asOperator(ctx.state.operator), async (em) => {
        const update = await em.findOne(ModuleUpdate, { id: updateId });
        if (!update) throw notFound('There is no such module update.');
        return consoleModuleUpdate(em, update);
      });
    },
  });

  registry.add({
    method: 'patch',
    path: `${path}/:updateId`,
    summary: 'Change a draft update: its module, title or text',
    tags: ['operator'],
    access: 'operator',
    params: consoleModuleUpdateParams,
    body: changeModuleUpdateRequest,
    responses: {
      200: { description: 'The draft as it is now', schema: consoleModuleUpdateView },
      404: { description: 'No such update', schema: apiError },
      409: { description: 'The update is published already', schema: apiError },
    },
    handler: async (ctx) => {
      const { updateId } = validate(consoleModuleUpdateParams, ctx.params);
      const input = validate(changeModuleUpdateRequest, ctx.request.body);
      const operator = ctx.state.operator;
      ctx.body = await withTenant(deps.orm, asOperator(operator), (em) => changeModuleUpdate(em, operator, updateId, input));
    },
  });

  registry.add({
    method: 'post',
    path: `${path}/:updateId/publish`,
    summary: 'Publish an update: every company that has the module gets a notice (again: only those that had none)',
    tags: ['operator'],
    access: 'operator',
    params: consoleModuleUpdateParams,
    responses: {
      200: { description: 'The published update and how many companies were notified', schema: publishedModuleUpdateView },
      404: { description: 'No such update', schema: apiError },
    },
    handler: async (ctx) => {
      const { updateId } = validate(consoleModuleUpdateParams, ctx.params);
      ctx.body = await publishModuleUpdate(deps, ctx.state.operator, updateId);
    },
  });
}
