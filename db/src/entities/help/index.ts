export { HelpCategory, type HelpCategoryEntity } from './help-category';
export { HelpArticle, helpArticleSearchExpression, type HelpArticleEntity } from './help-article';
export { HelpArticleVote, type HelpArticleVoteEntity } from './help-article-vote';
export { HelpTicket, type HelpTicketEntity } from './help-ticket';
export { HelpTicketMessage, type HelpTicketMessageEntity } from './help-ticket-message';
export { HelpTicketAttachment, type HelpTicketAttachmentEntity } from './help-ticket-attachment';
export { HelpChat, type HelpChatEntity } from './help-chat';
export { HelpChatMessage, type HelpChatMessageEntity } from './help-chat-message';
