import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/** The signed-in person a session cookie stands for. */
export interface SessionPerson {
  id: string;
  email: string;
  name: string;
}

interface Cached {
  person: SessionPerson;
  sessionExpiresAt: number;
}

/**
 * A few seconds' memory of which person a session cookie belongs to, so that a dashboard
 * page firing a dozen API calls costs one session lookup, not a dozen (better-auth's
 * `getSession` verifies the cookie's signature and reads the session and its user in
 * PostgreSQL on every call).
 *
 * Why a short TTL is safe:
 * - What a person may do is not cached: membership, role and entitlements are read on every
 *   company request (guards.ts), so a removed member gets 403 at once whatever this holds.
 * - Ending a session in this process (sign-out, revoking sessions, a password reset or
 *   change, an account deleted) drops that person's entries through better-auth's database
 *   hooks before the answer leaves, so the next request is 401 at once. A lookup that was
 *   in flight while they were dropped is not stored (the generation check below).
 * - Only a session ended through another API process (several behind a load balancer) can
 *   still be honoured here, for at most `ttlMs`: the same window as a request that had
 *   already passed its session check when the session ended.
 *
 * better-auth's own `session.cookieCache` was the other way: it puts the session in a
 * second signed cookie that every client must carry back, and a copied cookie keeps working
 * after sign-out until it expires; this cache lives and dies with the process.
 *
 * Keys are hashes of the signed cookie value, and only lookups that better-auth confirmed
 * are stored, so an entry can be reached only with the very cookie that proved it. Misses
 * (no such session) are not stored, so made-up cookies cannot fill the cache.
 */
export class SessionCache {
  private readonly entries: LRUCache<string, Cached>;
  /** Bumped whenever entries are dropped: a lookup begun before it must not store its answer. */
  private generation = 0;

  constructor(private readonly ttlMs = 5_000, max = 10_000) {
    this.entries = new LRUCache<string, Cached>({ max, ttl: ttlMs, ttlAutopurge: false });
  }

  /**
   * The person for this signed cookie value: from memory, or from `load` (better-auth),
   * remembered for `ttlMs` (never past the session's own expiry).
   */
  async personOf(signedCookie: string, load: () => Promise<{ person: SessionPerson; expiresAt: Date } | null>): Promise<SessionPerson | null> {
    const key = createHash('sha256').update(signedCookie).digest('base64url');
    const hit = this.entries.get(key);
    if (hit && hit.sessionExpiresAt > Date.now()) return hit.person;
    const generation = this.generation;
    const loaded = await load();
    if (!loaded) return null;
    const sessionExpiresAt = loaded.expiresAt.getTime();
    if (generation === this.generation && sessionExpiresAt > Date.now()) {
      this.entries.set(key, { person: loaded.person, sessionExpiresAt }, { ttl: Math.min(this.ttlMs, sessionExpiresAt - Date.now()) });
    }
    return loaded.person;
  }

  /** Forgets every cached session of this person (one of their sessions ended, or they changed). */
  forgetPerson(userId: string): void {
    this.generation += 1;
    const theirs = [...this.entries.entries()].filter(([, cached]) => cached.person.id === userId).map(([key]) => key);
    for (const key of theirs) this.entries.delete(key);
  }
}
