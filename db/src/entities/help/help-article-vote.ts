import { defineEntity, p } from '@mikro-orm/postgresql';
import { inOperatorContext, currentUserId } from '../../tenancy/session';
import { HelpArticle } from './help-article';

/**
 * One person's answer to "was this helpful?" on one article: one row per person and
 * article (changing one's mind updates it). It is the person's, not their company's: they
 * see and write only their own; operators read the totals.
 */
export const HelpArticleVote = defineEntity({
  name: 'HelpArticleVote',
  tableName: 'help_article_vote',
  rowLevelSecurity: 'force',
  policies: [
    { name: 'help_article_vote_own', using: `user_id = ${currentUserId}`, check: `user_id = ${currentUserId}` },
    { name: 'help_article_vote_operator', command: 'select', using: inOperatorContext },
  ],
  uniques: [{ properties: ['article', 'userId'] }],
  properties: {
    id: p.uuid().primary(),
    article: () => p.manyToOne(HelpArticle).deleteRule('cascade'),
    userId: p.string().length(64),
    helpful: p.boolean(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export type HelpArticleVoteEntity = InstanceType<typeof HelpArticleVote.class>;
