import { randomUUID } from 'node:crypto';
import type { ConsoleArticleView, CreateArticleRequest, OperatorView, UpdateArticleRequest } from '@atrium/core';
import { HelpArticle, HelpCategory, type EntityManager, type HelpArticleEntity, type HelpCategoryEntity } from '@atrium/db';
import { HttpError, notFound } from '../../http/http-error';
import { renderArticle } from '../../help/render-article';
import { recordOperatorAudit } from '../record-operator-audit';

/** An article as the editor shows it, with the votes of every company. */
export async function consoleArticle(em: EntityManager, article: HelpArticleEntity): Promise<ConsoleArticleView> {
  const category = article.category as unknown as HelpCategoryEntity;
  const [votes] = await em.getConnection().execute<{ helpful: number; not_helpful: number }[]>(
    `select count(*) filter (where helpful)::int as helpful, count(*) filter (where not helpful)::int as not_helpful from help_article_vote where article_id = ?`,
    [article.id],
    'all',
    em.getTransactionContext(),
  );
  return {
    id: article.id,
    title: article.title,
    categoryId: category.id,
    categoryName: category.name ?? '',
    topic: article.topic ?? null,
    status: article.status,
    body: article.body,
    html: article.bodyHtml,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
    votes: { helpful: votes?.helpful ?? 0, notHelpful: votes?.not_helpful ?? 0 },
  };
}

async function categoryOrRefuse(em: EntityManager, categoryId: string): Promise<HelpCategoryEntity> {
  const category = await em.findOne(HelpCategory, { id: categoryId });
  if (!category) throw new HttpError(400, 'invalid_request', 'Choose one of the categories.', { categoryId: 'Choose one of the categories.' });
  return category;
}

export async function createArticle(em: EntityManager, operator: OperatorView, input: CreateArticleRequest): Promise<ConsoleArticleView> {
  const category = await categoryOrRefuse(em, input.categoryId);
  const rendered = renderArticle(input.body);
  const article = em.create(HelpArticle, {
    id: randomUUID(),
    category,
    title: input.title,
    topic: input.topic,
    status: input.status,
    body: input.body,
    bodyHtml: rendered.html,
    bodyText: rendered.text,
    createdBy: operator.id,
    updatedBy: operator.id,
    publishedAt: input.status === 'published' ? new Date() : null,
  });
  recordOperatorAudit(em, { operator, action: 'help.article_created', target: input.title, details: { articleId: article.id, status: input.status, topic: input.topic } });
  await em.flush();
  return consoleArticle(em, article);
}

export async function updateArticle(em: EntityManager, operator: OperatorView, articleId: string, input: UpdateArticleRequest): Promise<ConsoleArticleView> {
  const article = await em.findOne(HelpArticle, { id: articleId }, { populate: ['category'] });
  if (!article) throw notFound('There is no such article.');
  const fields = Object.keys(input).filter((key) => input[key as keyof UpdateArticleRequest] !== undefined);
  if (input.categoryId) article.category = await categoryOrRefuse(em, input.categoryId);
  if (input.title !== undefined) article.title = input.title;
  if (input.topic !== undefined) article.topic = input.topic;
  if (input.body !== undefined) {
    const rendered = renderArticle(input.body);
    Object.assign(article, { body: input.body, bodyHtml: rendered.html, bodyText: rendered.text });
  }
  const published = input.status === 'published' && article.status !== 'published';
  const unpublished = input.status === 'draft' && article.status === 'published';
  if (input.status) article.status = input.status;
  // The first publication's date stays: "published on" is when companies first could read it.
  if (published && !article.publishedAt) article.publishedAt = new Date();
  article.updatedBy = operator.id;
  recordOperatorAudit(em, { operator, action: 'help.article_updated', target: article.title, details: { articleId, fields, published, unpublished } });
  await em.flush();
  return consoleArticle(em, article);
}
