import { createHash } from 'node:crypto';
import type { Context, Middleware } from 'koa';
import type pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimits } from '../config';
import { bodyTooLarge, jsonBodyLimitBytes } from '../http/body-limit';
import { doorOf, type Door } from './doors';

/**
 * Rate limits on the doors of ./doors.ts, after rate-limiter-flexible's "login endpoint
 * protection" recipe, with the counters in PostgreSQL so that they hold across API processes:
 *
 * - failed sign-ins in a row per (account, address): after `consecutiveFailures` that address
 *   waits `blockMinutes` for that account, even with the right password; the same person
 *   still signs in from anywhere else, so an attacker cannot lock them out. A successful
 *   sign-in clears the count.
 * - failed sign-ins per address, over any accounts (one address trying many accounts).
 * - requests per door per address (sign-ups, reset mails, invitations, token guesses).
 *
 * The address is Koa's `ctx.ip`: the API runs behind the dashboard with `proxy: true`, and
 * trusts only the last X-Forwarded-For hop (see app.ts).
 */

export const rateLimitTable = 'auth_rate_limit';
const consecutiveFailureMemorySeconds = 24 * 60 * 60;
const addressFailureWindowSeconds = 60 * 60;
const requestWindowSeconds = 15 * 60;

export interface DoorLimits {
  /** A refusal in force for this request, if any, before it runs. */
  refusalBefore(door: Door, address: string, account: string | undefined): Promise<Refusal | undefined>;
  /** What the request's outcome teaches: a wrong password counts, a right one clears. */
  afterwards(door: Door, address: string, account: string | undefined, status: number): Promise<void>;
}

interface Refusal {
  msBeforeNext: number;
  reason: 'account' | 'address-failures' | 'requests';
}

export function createDoorLimits(pool: pg.Pool, limits: RateLimits): DoorLimits {
  // The table comes from a migration (db/migrations, …_rate_limit): the application role owns
  // nothing and could not create it, hence `tableCreated`.
  const store = { storeClient: pool, storeType: 'pool', tableName: rateLimitTable, tableCreated: true } as const;
  const consecutive = new RateLimiterPostgres({ ...store, keyPrefix: 'sign-in-failures', points: limits.consecutiveFailures, duration: consecutiveFailureMemorySeconds });
  const addressFailures = new RateLimiterPostgres({ ...store, keyPrefix: 'address-failures', points: limits.failuresPerAddress, duration: addressFailureWindowSeconds });
  const requests = new RateLimiterPostgres({ ...store, keyPrefix: 'requests', points: limits.requestsPerAddress, duration: requestWindowSeconds });

  const accountKey = (address: string, account: string) => hashed(account, address);

  return {
    async refusalBefore(door, address, account) {
      if (door.kind === 'credentials') {
        const [forAccount, forAddress] = await Promise.all([
          account ? consecutive.get(accountKey(address, account)) : null,
          addressFailures.get(hashed(address)),
        ]);
        if (forAccount && forAccount.consumedPoints > limits.consecutiveFailures) return { msBeforeNext: forAccount.msBeforeNext, reason: 'account' };
        if (forAddress && forAddress.consumedPoints > limits.failuresPerAddress) return { msBeforeNext: forAddress.msBeforeNext, reason: 'address-failures' };
      }
      try {
        await requests.consume(hashed(door.name, address));
        return undefined;
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return { msBeforeNext: rejection.msBeforeNext, reason: 'requests' };
        throw rejection;
      }
    },

    async afterwards(door, address, account, status) {
      if (door.kind !== 'credentials') return;
      if (status === 401) {
        const [forAccount, forAddress] = await Promise.all([
          account ? consecutive.penalty(accountKey(address, account)) : null,
          addressFailures.penalty(hashed(address)),
        ]);
        // The last failure allowed starts the wait: `block` puts the key one point over its limit.
        await Promise.all([
          forAccount && forAccount.consumedPoints >= limits.consecutiveFailures ? consecutive.block(accountKey(address, account!), limits.blockMinutes * 60) : null,
          forAddress.consumedPoints >= limits.failuresPerAddress ? addressFailures.block(hashed(address), addressFailureWindowSeconds) : null,
        ]);
      } else if (status >= 200 && status < 300 && account) {
        await consecutive.delete(accountKey(address, account));
      }
    },
  };
}

/** Keys are hashes: the table holds no email or address in clear, and every key fits. */
function hashed(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('hex');
}

/**
 * Guards the doors handled by `handledBy`. Mounted twice in app.ts: before better-auth's
 * handler (which must read the raw body itself) and after the JSON body parser.
 */
export function guardDoors(limits: DoorLimits, handledBy: Door['handledBy']): Middleware {
  return async (ctx, next) => {
    const door = doorOf(ctx.method, ctx.path, handledBy);
    if (!door) return next();

    const body = handledBy === 'better-auth' ? await bufferRawBody(ctx) : ctx.request.body;
    const email = accountOf(body);
    const account = email && door.accountSpace ? `${door.accountSpace}:${email}` : email;
    const address = ctx.ip;

    const refusal = await limits.refusalBefore(door, address, account);
    if (refusal) {
      refuse(ctx, refusal);
      return;
    }

    if (handledBy === 'better-auth') {
      // better-auth writes its answer itself (ctx.respond = false): hold back its end until
      // the outcome is counted, or a client retrying at once would race the block it earned.
      holdEndUntil(ctx, () => limits.afterwards(door, address, account, ctx.res.statusCode));
      await next();
      return;
    }

    let status = 500;
    try {
      await next();
      status = ctx.status;
    } catch (error) {
      status = (error as { status?: number }).status ?? 500;
      throw error;
    } finally {
      await limits.afterwards(door, address, account, status);
    }
  };
}

function holdEndUntil(ctx: Context, before: () => Promise<void>): void {
  const response = ctx.res;
  const end = response.end.bind(response) as (...args: unknown[]) => typeof response;
  response.end = ((...args: unknown[]) => {
    before()
      .catch((error: unknown) => ctx.log?.error({ err: error }, 'rate limit: could not count the outcome'))
      .finally(() => end(...args));
    return response;
  }) as typeof response.end;
}

function refuse(ctx: Context, { msBeforeNext, reason }: Refusal): void {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  const wait = `try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  const message = {
    account: `Too many failed sign-ins to this account from your network. For your security, ${wait}, or reset your password.`,
    'address-failures': `Too many failed sign-ins from your network. For your security, ${wait}.`,
    requests: `Too many requests like this from your network. Please ${wait}.`,
  }[reason];
  ctx.status = 429;
  ctx.set('Retry-After', String(seconds));
  ctx.set('Cache-Control', 'no-store');
  ctx.body = { error: 'too_many_requests', message };
}

/** The email a door is about, from a JSON (or form) body; normalised as accounts are. */
function accountOf(body: unknown): string | undefined {
  const email = body && typeof body === 'object' && 'email' in body ? (body as { email: unknown }).email : undefined;
  return typeof email === 'string' && email.trim() ? email.trim().toLowerCase() : undefined;
}


/**
 * Reads the body better-auth is about to read, so the door can see the email in it, and
 * hands it on: better-auth's node adapter uses `req.body` when the stream is already read.
 */
async function bufferRawBody(ctx: Context): Promise<unknown> {
  if (ctx.method === 'GET' || ctx.method === 'HEAD' || !ctx.get('content-type')) return undefined;
  if (Number(ctx.get('content-length') || 0) > jsonBodyLimitBytes) throw bodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > jsonBodyLimitBytes) throw bodyTooLarge();
    chunks.push(chunk);
  }
  const raw = Buffer.concat(chunks).toString('utf8');
  (ctx.req as typeof ctx.req & { body?: string }).body = raw;
  try {
    if (ctx.is('application/json')) return JSON.parse(raw);
    if (ctx.is('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw));
  } catch {
    // better-auth answers a malformed body itself
  }
  return undefined;
}
