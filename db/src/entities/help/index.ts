export { HelpCategory, type HelpCategoryEntity } from './help-category';
export { HelpArticle, helpArticleSearchExpression, type HelpArticleEntity } from './help-article';
export { HelpArticleVote, type HelpArticleVoteEntity } from './help-article-vote';
