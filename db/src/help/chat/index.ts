export { chatChannel, publishChatNotice, type ChatNotice } from './chat-events';
export { chatMessages, chatViews, type ChatFilter, type ChatWithCompany } from './chat-views';
export { turnChatIntoTicket, type ChatTicketOutcome } from './turn-chat-into-ticket';
export { lockChat } from './lock-chat';
