import { randomUUID } from 'node:crypto';
import { apiError, consoleArticleParams, consoleArticleView, createArticleRequest, createCategoryRequest, helpCategoryView, updateArticleRequest } from '@atrium/core';
import { HelpArticle, HelpCategory, UniqueConstraintViolationException, withTenant } from '@atrium/db';
import { z } from 'zod';
import type { ApiDependencies } from '../../deps';
import { HttpError, notFound } from '../../http/http-error';
import type { RouteRegistry } from '../../http/routes';
import { validate } from '../../http/validate';
import { operatorScope } from '../operator-session';
import { recordOperatorAudit } from '../record-operator-audit';
import { consoleArticle, createArticle, updateArticle } from './write-article';

/** The knowledge-base editor: categories and articles, drafts included, in the operator's own context. */
export function registerConsoleHelpRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  const asOperator = (operator: { id: string; email: string }) => ({ operator: operatorScope(operator) });

  registry.add({
    method: 'get',
    path: '/api/operator/help/categories',
    summary: "The knowledge base's categories",
    tags: ['operator'],
    access: 'operator',
    responses: { 200: { description: 'Categories in order', schema: z.object({ categories: z.array(helpCategoryView) }) } },
    handler: async (ctx) => {
      const categories = await withTenant(deps.orm, asOperator(ctx.state.operator), (em) => em.find(HelpCategory, {}, { orderBy: { position: 'asc', name: 'asc' } }));
      ctx.body = { categories: categories.map(({ id, name, description, position }) => ({ id, name, description, position })) };
    },
  });

  registry.add({
    method: 'post',
    path: '/api/operator/help/categories',
    summary: 'Add a category to the knowledge base',
    tags: ['operator'],
    access: 'operator',
    body: createCategoryRequest,
    responses: {
      201: { description: 'The new category', schema: helpCategoryView },
      409: { description: 'A category has that name already', schema: apiError },
    },
    handler: async (ctx) => {
      const input = validate(createCategoryRequest, ctx.request.body);
      const operator = ctx.state.operator;
      const category = await withTenant(deps.orm, asOperator(operator), async (em) => {
        const position = (await em.count(HelpCategory, {})) + 1;
        const created = em.create(HelpCategory, { id: randomUUID(), name: input.name, description: input.description, position });
        recordOperatorAudit(em, { operator, action: 'help.category_created', target: input.name });
        await em.flush();
        return created;
      }).catch((error: unknown) => {
        if (error instanceof UniqueConstraintViolationException) throw new HttpError(409, 'category_exists', `There is a category called ${input.name} already.`, { name: 'Choose another name.' });
        throw error;
      });
      ctx.status = 201;
      ctx.body = { id: category.id, name: category.name, description: category.description, position: category.position };
    },
  });

  registry.add({
    method: 'get',
    path: '/api/operator/help/articles',
    summary: 'Every article, drafts included, newest change first, with its votes',
    tags: ['operator'],
    access: 'operator',
    responses: { 200: { description: 'Articles', schema: z.object({ articles: z.array(consoleArticleView) }) } },
    handler: async (ctx) => {
      ctx.body = {
        articles: await withTenant(deps.orm, asOperator(ctx.state.operator), async (em) => {
          const articles = await em.find(HelpArticle, {}, { populate: ['category'], orderBy: { updatedAt: 'desc' }, limit: 500 });
          return Promise.all(articles.map((article) => consoleArticle(em, article)));
        }),
      };
    },
  });

  registry.add({
    method: 'post',
    path: '/api/operator/help/articles',
    summary: 'Write an article (markdown), as a draft or published at once',
    tags: ['operator'],
    access: 'operator',
    body: createArticleRequest,
    responses: { 201: { description: 'The new article', schema: consoleArticleView } },
    handler: async (ctx) => {
      const input = validate(createArticleRequest, ctx.request.body);
      const operator = ctx.state.operator;
      ctx.status = 201;
      ctx.body = await withTenant(deps.orm, asOperator(operator), (em) => createArticle(em, operator, input));
    },
  });

  registry.add({
    method: 'get',
    path: '/api/operator/help/articles/:articleId',
    summary: 'One article, as its editor sees it',
    tags: ['operator'],
    access: 'operator',
    params: consoleArticleParams,
    responses: { 200: { description: 'The article', schema: consoleArticleView }, 404: { description: 'No such article', schema: apiError } },
    handler: async (ctx) => {
      const { articleId } = validate(consoleArticleParams, ctx.params);
      ctx.body = await withTenant(deps.orm, asOperator(ctx.state.operator), async (em) => {
        const article = await em.findOne(HelpArticle, { id: articleId }, { populate: ['category'] });
        if (!article) throw notFound('There is no such article.');
        return consoleArticle(em, article);
      });
    },
  });

  registry.add({
    method: 'patch',
    path: '/api/operator/help/articles/:articleId',
    summary: 'Change an article: its text, title, category, topic, or publish it / take it back to draft',
    tags: ['operator'],
    access: 'operator',
    params: consoleArticleParams,
    body: updateArticleRequest,
    responses: { 200: { description: 'The article as it is now', schema: consoleArticleView }, 404: { description: 'No such article', schema: apiError } },
    handler: async (ctx) => {
      const { articleId } = validate(consoleArticleParams, ctx.params);
      const input = validate(updateArticleRequest, ctx.request.body);
      const operator = ctx.state.operator;
      ctx.body = await withTenant(deps.orm, asOperator(operator), (em) => updateArticle(em, operator, articleId, input));
    },
  });
}
