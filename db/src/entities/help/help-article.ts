import { defineEntity, p } from '@mikro-orm/postgresql';
import type { ArticleStatus, HelpTopic } from '@atrium/core';
import { operatorPolicies } from '../../tenancy/policies';
import { currentCompanyId } from '../../tenancy/session';
import { HelpCategory } from './help-category';

/** The full-text document of an article: its title weighs more than its text. */
export const helpArticleSearchExpression =
  `setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("body_text", '')), 'B')`;

/**
 * A knowledge-base article. Operators write `body` in markdown; the API renders and
 * sanitises it once when it is saved (`bodyHtml`) and keeps its plain text (`bodyText`),
 * from which PostgreSQL keeps `search`, a generated tsvector with a GIN index. Companies
 * read published articles only; drafts are the operators' own.
 */
export const HelpArticle = defineEntity({
  name: 'HelpArticle',
  tableName: 'help_article',
  rowLevelSecurity: 'force',
  policies: [
    ...operatorPolicies('help_article'),
    { name: 'help_article_reader', command: 'select', using: `status = 'published' and ${currentCompanyId} is not null` },
  ],
  indexes: [
    { properties: ['status', 'topic'] },
    { name: 'help_article_search_index', expression: 'create index "help_article_search_index" on "help_article" using gin ("search")' },
  ],
  properties: {
    id: p.uuid().primary(),
    category: () => p.manyToOne(HelpCategory).deleteRule('restrict'),
    title: p.string().length(200),
    topic: p.string().$type<HelpTopic>().length(16).nullable(),
    status: p.string().$type<ArticleStatus>().length(16),
    body: p.text(),
    bodyHtml: p.text(),
    bodyText: p.text(),
    search: p.string().columnType('tsvector').generated(`(${helpArticleSearchExpression}) stored`).lazy().hidden().nullable(),
    /** The operator who wrote it, and who changed it last. */
    createdBy: p.uuid().nullable(),
    updatedBy: p.uuid().nullable(),
    publishedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export type HelpArticleEntity = InstanceType<typeof HelpArticle.class>;
