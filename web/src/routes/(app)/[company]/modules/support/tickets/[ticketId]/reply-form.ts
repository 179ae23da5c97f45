import { supportReplyInput } from '@atrium/core';
import { z } from 'zod';

/**
 * The reply box as a person fills it: the text, whether it goes to the customer or stays an
 * internal note, and the status the ticket takes. Turned into core's `supportReplyInput`.
 */
export const replyForm = z.object({
  body: supportReplyInput.shape.body,
  kind: z.enum(['reply', 'note']).default('reply'),
  status: z.enum(['pending', 'open', 'solved']).default('pending'),
});
