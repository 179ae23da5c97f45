import { randomUUID } from 'node:crypto';
import { HelpArticle, HelpArticleVote, type EntityManager } from '@atrium/db';
import { notFound } from '../http/http-error';

/**
 * "Was this helpful?": one answer per person and article, which they may change. The
 * upsert on (article, person) keeps it one row even when the same person answers from two
 * tabs at once.
 */
export async function voteOnArticle(em: EntityManager, articleId: string, userId: string, helpful: boolean): Promise<{ articleId: string; myVote: boolean }> {
  const article = await em.findOne(HelpArticle, { id: articleId, status: 'published' });
  if (!article) throw notFound('There is no such help article.');
  await em.getConnection().execute(
    `insert into help_article_vote (id, article_id, user_id, helpful, created_at, updated_at) values (?, ?, ?, ?, now(), now())
     on conflict (article_id, user_id) do update set helpful = excluded.helpful, updated_at = now()`,
    [randomUUID(), articleId, userId, helpful],
    'run',
    em.getTransactionContext(),
  );
  const vote = await em.findOneOrFail(HelpArticleVote, { article: articleId, userId }, { refresh: true });
  return { articleId, myVote: vote.helpful };
}
