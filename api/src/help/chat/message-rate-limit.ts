import type pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimitTable } from '../../auth/rate-limit';
import { HttpError } from '../../http/http-error';

/**
 * Chat lines a person may post (opening a chat counts as one) per minute, per person and
 * company, in PostgreSQL like the doors' counters (../../auth/rate-limit.ts) so it holds
 * across API processes. Keyed by the person, not the address: colleagues behind one
 * office network each chat at their own pace, and a script with one session is stopped
 * whatever addresses it uses.
 */
export interface ChatMessageLimit {
  /** Throws 429 `too_many_messages` with Retry-After when the person is over the limit. */
  consume(companyId: string, personId: string): Promise<void>;
}

export function createChatMessageLimit(pool: pg.Pool, perMinute: number): ChatMessageLimit {
  const limiter = new RateLimiterPostgres({ storeClient: pool, storeType: 'pool', tableName: rateLimitTable, tableCreated: true, keyPrefix: 'chat-messages', points: perMinute, duration: 60 });
  return {
    async consume(companyId, personId) {
      try {
        await limiter.consume(`${companyId}:${personId}`);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const error = new HttpError(429, 'too_many_messages', `You are sending messages faster than we can read them. Wait ${Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))} seconds and send it again.`);
        error.retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw error;
      }
    },
  };
}
