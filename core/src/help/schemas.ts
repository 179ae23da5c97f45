import { z } from 'zod';
import { text } from '../api/text';
import { companyIdParams } from '../company/schemas';
import { helpTopics } from './topics';

/**
 * The knowledge base: articles in categories, written by operators in markdown (the API
 * renders and sanitises them once, when they are saved) and read by every company.
 */

export const helpTopic = z.enum(helpTopics, { error: `Choose a topic: ${helpTopics.join(', ')}.` }).meta({ id: 'HelpTopic' });

export const helpCategoryView = z
  .object({ id: z.uuid(), name: z.string(), description: z.string(), position: z.int() })
  .meta({ id: 'HelpCategory' });

export const helpArticleSummaryView = z
  .object({
    id: z.uuid(),
    title: z.string(),
    /** The first sentences of the article, as plain text. */
    summary: z.string(),
    categoryId: z.uuid(),
    categoryName: z.string(),
    topic: helpTopic.nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'HelpArticleSummary' });

/** A piece of a search snippet: the words that matched are `match: true`, to be marked. */
export const snippetPartView = z.object({ text: z.string(), match: z.boolean() }).meta({ id: 'SnippetPart' });

export const helpSearchHitView = helpArticleSummaryView
  .extend({ snippet: z.array(snippetPartView) })
  .meta({ id: 'HelpSearchHit' });

export const helpIndexView = z
  .object({ categories: z.array(helpCategoryView.extend({ articles: z.array(helpArticleSummaryView) })) })
  .meta({ id: 'HelpIndex' });

export const helpArticleView = z
  .object({
    id: z.uuid(),
    title: z.string(),
    categoryId: z.uuid(),
    categoryName: z.string(),
    topic: helpTopic.nullable(),
    /** Rendered from markdown and sanitised on the server: safe to insert as HTML. */
    html: z.string(),
    publishedAt: z.string(),
    updatedAt: z.string(),
    /** The person's own answer to "was this helpful?", null before they answered. */
    myVote: z.boolean().nullable(),
  })
  .meta({ id: 'HelpArticle' });

export const helpVoteView = z.object({ articleId: z.uuid(), myVote: z.boolean() }).meta({ id: 'HelpVote' });

export const helpArticleParams = companyIdParams.extend({ articleId: z.uuid({ error: 'That is not an article id.' }) });

export const helpSearchQuery = z.object({
  q: text({ field: 'search', max: 200 }).optional(),
  topic: helpTopic.optional(),
});

export const helpVoteRequest = z
  .object({ helpful: z.boolean({ error: 'Say whether the article helped: true or false.' }) })
  .meta({ id: 'HelpVoteRequest' });

// The operators' side: the editor.

export const articleStatuses = ['draft', 'published'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

const articleTitle = text({ field: 'title', min: 3, max: 200 });
const articleBody = text({ field: 'article text', min: 1, max: 50_000, multiline: true });
const articleStatus = z.enum(articleStatuses, { error: 'Choose draft or published.' });

export const createArticleRequest = z
  .object({
    title: articleTitle,
    categoryId: z.uuid({ error: 'Choose a category.' }),
    topic: helpTopic.nullable().default(null),
    body: articleBody,
    status: articleStatus.default('draft'),
  })
  .meta({ id: 'CreateHelpArticleRequest' });

export const updateArticleRequest = z
  .object({
    title: articleTitle.optional(),
    categoryId: z.uuid({ error: 'Choose a category.' }).optional(),
    topic: helpTopic.nullable().optional(),
    body: articleBody.optional(),
    status: articleStatus.optional(),
  })
  .meta({ id: 'UpdateHelpArticleRequest' });

export const createCategoryRequest = z
  .object({
    name: text({ field: 'category name', min: 2, max: 80 }),
    description: text({ field: 'description', max: 300 }).default(''),
  })
  .meta({ id: 'CreateHelpCategoryRequest' });

export const consoleArticleParams = z.object({ articleId: z.uuid({ error: 'That is not an article id.' }) });

export const consoleArticleView = z
  .object({
    id: z.uuid(),
    title: z.string(),
    categoryId: z.uuid(),
    categoryName: z.string(),
    topic: helpTopic.nullable(),
    status: z.enum(articleStatuses),
    /** The markdown as the operator wrote it. */
    body: z.string(),
    html: z.string(),
    publishedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    /** Answers to "was this helpful?", over every company. */
    votes: z.object({ helpful: z.int(), notHelpful: z.int() }),
  })
  .meta({ id: 'ConsoleHelpArticle' });

export type HelpArticleSummary = z.infer<typeof helpArticleSummaryView>;
export type HelpSearchHit = z.infer<typeof helpSearchHitView>;
export type HelpArticleView = z.infer<typeof helpArticleView>;
export type ConsoleArticleView = z.infer<typeof consoleArticleView>;
export type CreateArticleRequest = z.infer<typeof createArticleRequest>;
export type UpdateArticleRequest = z.infer<typeof updateArticleRequest>;
