import { companyIdParams, helpArticleParams, helpArticleView, helpIndexView, helpSearchHitView, helpSearchQuery, helpVoteRequest, helpVoteView } from '@atrium/core';
import { withTenant } from '@atrium/db';
import { z } from 'zod';
import type { ApiDependencies } from '../deps';
import type { RouteRegistry } from '../http/routes';
import { validate } from '../http/validate';
import { helpIndex, readArticle, searchHelp } from './read-help';
import { voteOnArticle } from './vote-on-article';

/**
 * Atrium's help for companies, `/[company]/help` in the dashboard: the knowledge base
 * (its categories and articles, search, "was this helpful?"). Every member may read it.
 * Support tickets and chat join this feature later.
 */
export function registerHelpRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  const asMember = (ctx: { state: { membership: { companyId: string }; person: { id: string } } }) => ({ companyId: ctx.state.membership.companyId, userId: ctx.state.person.id });

  registry.add({
    method: 'get',
    path: '/api/companies/:companyId/help',
    summary: 'The knowledge base: its categories, each with its published articles',
    tags: ['help'],
    access: 'company',
    can: ['read', 'Help'],
    params: companyIdParams,
    responses: { 200: { description: 'Categories with articles', schema: helpIndexView } },
    handler: async (ctx) => {
      ctx.body = await withTenant(deps.orm, asMember(ctx), (em) => helpIndex(em));
    },
  });

  registry.add({
    method: 'get',
    path: '/api/companies/:companyId/help/articles',
    summary: 'Search the knowledge base (full text), or list the latest articles of a topic',
    tags: ['help'],
    access: 'company',
    can: ['read', 'Help'],
    params: companyIdParams,
    query: helpSearchQuery,
    responses: { 200: { description: 'Matching articles, best first', schema: z.object({ articles: z.array(helpSearchHitView) }) } },
    handler: async (ctx) => {
      const query = validate(helpSearchQuery, ctx.query);
      ctx.body = { articles: await withTenant(deps.orm, asMember(ctx), (em) => searchHelp(em, query)) };
    },
  });

  registry.add({
    method: 'get',
    path: '/api/companies/:companyId/help/articles/:articleId',
    summary: 'One published help article, with the person’s own "was this helpful?" answer',
    tags: ['help'],
    access: 'company',
    can: ['read', 'Help'],
    params: helpArticleParams,
    responses: { 200: { description: 'The article', schema: helpArticleView } },
    handler: async (ctx) => {
      const { articleId } = validate(helpArticleParams, ctx.params);
      ctx.body = await withTenant(deps.orm, asMember(ctx), (em) => readArticle(em, articleId, ctx.state.person.id));
    },
  });

  registry.add({
    method: 'put',
    path: '/api/companies/:companyId/help/articles/:articleId/vote',
    summary: 'Answer "was this helpful?" for an article (one answer per person, which they may change)',
    tags: ['help'],
    access: 'company',
    can: ['create', 'Help'],
    params: helpArticleParams,
    body: helpVoteRequest,
    responses: { 200: { description: 'The person’s answer', schema: helpVoteView } },
    handler: async (ctx) => {
      const { articleId } = validate(helpArticleParams, ctx.params);
      const { helpful } = validate(helpVoteRequest, ctx.request.body);
      ctx.body = await withTenant(deps.orm, asMember(ctx), (em) => voteOnArticle(em, articleId, ctx.state.person.id, helpful));
    },
  });
}
