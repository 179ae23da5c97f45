import { supportDeleted, supportKit, supportParams, supportSavedReplyInput, supportSavedReplyList, supportSavedReplyParams, supportSavedReplyPatch, supportSavedReplyView } from '@atrium/core';
import { SupportSavedReply, withTenant, type SupportSavedReplyEntity } from '@atrium/db';
import type { ApiDependencies } from '../../deps';
import { HttpError } from '../../http/http-error';
import { validate } from '../../http/validate';
import type { ModuleRoutes } from '../kit/module-routes';
import { findOr404, removeOr404 } from '../kit/records';
import { tickSetupStep } from '../kit/setup-steps';
import { currentPeriodStart, reserveUsage } from '../kit/usage';
import { afterUsage, supportActor, type SupportActor } from './support-context';

const view = (reply: SupportSavedReplyEntity) => ({ id: reply.id, title: reply.title, body: reply.body, ownerId: reply.ownerId ?? null, updatedAt: reply.updatedAt.toISOString() });

function requireEdit(actor: SupportActor, reply: SupportSavedReplyEntity): void {
  if (!actor.canEditSavedReply(reply.ownerId ?? null)) throw new HttpError(403, 'forbidden', 'Your Support desk role lets you change only the saved replies you wrote. Ask a Support desk manager.');
}

export function savedReplyRoutes(routes: ModuleRoutes, deps: ApiDependencies): void {
  routes.add({
    method: 'get', path: '/saved-replies', summary: 'Saved replies, by title (at most 250 on Growth)', can: 'read', params: supportParams,
    responses: { 200: { description: 'The saved replies', schema: supportSavedReplyList } },
    handler: async (ctx) => {
      const { companyId } = validate(supportParams, ctx.params);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => ({
        savedReplies: (await em.find(SupportSavedReply, { company: companyId }, { orderBy: { title: 'asc', id: 'asc' }, limit: 500 })).map(view),
      }));
    },
  });

  routes.add({
    method: 'post', path: '/saved-replies', summary: 'Save a reply for agents to insert (counts towards the plan)', can: 'create', params: supportParams, body: supportSavedReplyInput,
    responses: { 201: { description: 'The saved reply', schema: supportSavedReplyView }, 402: { description: 'usage_limit_reached' } },
    handler: async (ctx) => {
      const { companyId } = validate(supportParams, ctx.params);
      const input = validate(supportSavedReplyInput, ctx.request.body);
      const actor = supportActor(ctx);
      const { reply, change, periodStart } = await withTenant(deps.orm, { companyId }, async (em) => {
        const change = await reserveUsage(em, supportKit, 'savedReplies', 1, actor.entitlements, companyId);
        const reply = em.create(SupportSavedReply, { company: companyId, title: input.title, body: input.body, ownerId: actor.userId, createdBy: actor.userId });
        await em.persist(reply).flush();
        await tickSetupStep(em, 'support', 'write_saved_replies');
        return { reply: view(reply), change, periodStart: await currentPeriodStart(em) };
      });
      await afterUsage(deps, companyId, change, periodStart);
      ctx.status = 201;
      ctx.body = reply;
    },
  });

  routes.add({
    method: 'patch', path: '/saved-replies/:replyId', summary: 'Change a saved reply (agents: their own)', can: 'update', params: supportSavedReplyParams, body: supportSavedReplyPatch,
    responses: { 200: { description: 'The saved reply', schema: supportSavedReplyView } },
    handler: async (ctx) => {
      const { companyId, replyId } = validate(supportSavedReplyParams, ctx.params);
      const input = validate(supportSavedReplyPatch, ctx.request.body);
      const actor = supportActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const reply = await findOr404(em, SupportSavedReply, { id: replyId }, 'There is no such saved reply.');
        requireEdit(actor, reply);
        if (input.title !== undefined) reply.title = input.title;
        if (input.body !== undefined) reply.body = input.body;
        await em.flush();
        return view(reply);
      });
    },
  });

  routes.add({
    method: 'delete', path: '/saved-replies/:replyId', summary: 'Delete a saved reply (managers)', can: 'delete', params: supportSavedReplyParams,
    responses: { 200: { description: 'Deleted', schema: supportDeleted } },
    handler: async (ctx) => {
      const { companyId, replyId } = validate(supportSavedReplyParams, ctx.params);
      ctx.body = await withTenant(deps.orm, { companyId }, (em) => removeOr404(em, SupportSavedReply, { id: replyId }, 'There is no such saved reply.'));
    },
  });
}
