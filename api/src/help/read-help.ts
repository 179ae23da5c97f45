import type { HelpArticleSummary, HelpArticleView, HelpSearchHit, HelpTopic } from '@atrium/core';
import { HelpArticle, HelpArticleVote, HelpCategory, type EntityManager, type HelpArticleEntity, type HelpCategoryEntity } from '@atrium/db';
import { notFound } from '../http/http-error';
import { summaryOf } from './render-article';

/**
 * What a company reads of the knowledge base, always inside its own tenant transaction:
 * row-level security shows it published articles only (help_article_reader), and the
 * person's own votes only.
 */

const summary = (article: HelpArticleEntity, category: HelpCategoryEntity | undefined): HelpArticleSummary => ({
  id: article.id,
  title: article.title,
  summary: summaryOf(article.bodyText),
  categoryId: category?.id ?? (article.category as unknown as { id: string }).id,
  categoryName: category?.name ?? '',
  topic: article.topic ?? null,
  updatedAt: article.updatedAt.toISOString(),
});

export async function helpIndex(em: EntityManager) {
  const [categories, articles] = await Promise.all([
    em.find(HelpCategory, {}, { orderBy: { position: 'asc', name: 'asc' } }),
    em.find(HelpArticle, { status: 'published' }, { orderBy: { title: 'asc' } }),
  ]);
  return {
    categories: categories
      .map((category) => ({
        id: category.id,
        name: category.name,
        description: category.description,
        position: category.position,
        articles: articles.filter((article) => (article.category as unknown as { id: string }).id === category.id).map((article) => summary(article, category)),
      }))
      .filter((category) => category.articles.length > 0),
  };
}

// Markers around the words that matched; article text is validated text, which has no C0 controls.
const [startMark, stopMark] = ['\u0001', '\u0002'];

interface HitRow {
  id: string;
  title: string;
  topic: HelpTopic | null;
  body_text: string;
  category_id: string;
  category_name: string;
  updated_at: Date;
  headline: string;
}

/**
 * Full-text search (PostgreSQL tsvector, `websearch_to_tsquery`: words, "quoted phrases",
 * -not and or, stemmed in English so "invoices" finds "invoice"), best match first, with
 * a snippet around the words found. Without words: the latest articles of the topic.
 */
export async function searchHelp(em: EntityManager, { q, topic }: { q?: string | undefined; topic?: HelpTopic | undefined }, limit = 20): Promise<HelpSearchHit[]> {
  const words = q?.trim() ?? '';
  const topicClause = topic ? 'and a.topic = ?' : '';
  const rows = words
    ? await em.getConnection().execute<HitRow[]>(
        `select a.id, a.title, a.topic, a.body_text, a.category_id, c.name as category_name, a.updated_at,
                ts_headline('english', a.body_text, query, ?) as headline
           from help_article a join help_category c on c.id = a.category_id, websearch_to_tsquery('english', ?) query
          where a.status = 'published' and a.search @@ query ${topicClause}
          order by ts_rank(a.search, query) desc, a.updated_at desc
          limit ${Number(limit)}`,
        [`StartSel=${startMark}, StopSel=${stopMark}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`, words, ...(topic ? [topic] : [])],
        'all',
        em.getTransactionContext(),
      )
    : await em.getConnection().execute<HitRow[]>(
        `select a.id, a.title, a.topic, a.body_text, a.category_id, c.name as category_name, a.updated_at, '' as headline
           from help_article a join help_category c on c.id = a.category_id
          where a.status = 'published' ${topicClause}
          order by a.updated_at desc
          limit ${Number(limit)}`,
        topic ? [topic] : [],
        'all',
        em.getTransactionContext(),
      );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    summary: summaryOf(row.body_text),
    categoryId: row.category_id,
    categoryName: row.category_name,
    topic: row.topic,
    updatedAt: new Date(row.updated_at).toISOString(),
    snippet: row.headline ? snippetParts(row.headline) : [{ text: summaryOf(row.body_text), match: false }],
  }));
}

/** "…pay the \u0001invoice\u0002 by card…" as parts, so the page marks the matches without any HTML from here. */
function snippetParts(headline: string): HelpSearchHit['snippet'] {
  const parts: HelpSearchHit['snippet'] = [];
  for (const piece of headline.replace(/\s+/g, ' ').split(startMark)) {
    const [matched, rest] = piece.includes(stopMark) ? piece.split(stopMark, 2) : [null, piece];
    if (matched) parts.push({ text: matched, match: true });
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}

export async function readArticle(em: EntityManager, articleId: string, userId: string): Promise<HelpArticleView> {
  const article = await em.findOne(HelpArticle, { id: articleId, status: 'published' }, { populate: ['category'] });
  if (!article || !article.publishedAt) throw notFound('There is no such help article.');
  const vote = await em.findOne(HelpArticleVote, { article: articleId, userId });
  const category = article.category as unknown as HelpCategoryEntity;
  return {
    id: article.id,
    title: article.title,
    categoryId: category.id,
    categoryName: category.name,
    topic: article.topic ?? null,
    html: article.bodyHtml,
    publishedAt: article.publishedAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
    myVote: vote?.helpful ?? null,
  };
}
