import type pg from 'pg';
import type { Logger } from 'pino';

/**
 * A pg pool whose server goes away (PostgreSQL restarted, a failover, an idle connection cut
 * by a proxy) emits 'error' on the pool for idle clients and on the client for one checked
 * out; an 'error' without a listener kills the process. The pool has already dropped the
 * broken client and opens a new one on the next query, and the query in flight rejects on its
 * own (the request answers 503 through /api/health, or 500), so one line of log is all.
 */
export function logPoolErrors(pool: pg.Pool, logger: Logger, name: string): pg.Pool {
  const report = (error: Error & { code?: string }) =>
    logger.warn({ pool: name, code: error.code, reason: error.message }, `PostgreSQL connection lost (${name} pool); it reconnects on the next query`);
  pool.on('error', report);
  pool.on('connect', (client) => client.on('error', report));
  return pool;
}
