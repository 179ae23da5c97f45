import type { OperatorView } from '@atrium/core';
import { operatorScope } from '../operator-session';

/**
 * The console reads and writes chats of every company: the operator's own context (for
 * the operator table and the audit log) and a named system context (for the companies'
 * chat rows), in one transaction with the audit events.
 */
export const consoleChatScope = (operator: OperatorView, what: string) => ({ operator: operatorScope(operator), system: `operator console: live chat: ${what}` });
