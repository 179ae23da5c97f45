import pg from 'pg';

/**
 * A plain `pg` pool (better-auth's, the rate limiter's) that outlives PostgreSQL going
 * away. An idle client whose server is killed or restarted makes the pool emit `error`;
 * with no listener, Node turns that into an uncaught exception and the process dies
 * (and prints the whole client object). The pool drops that client by itself and opens a
 * new one on the next query, so one line saying so is all that is needed.
 */
export function resilientPool(options: pg.PoolConfig, warn: (message: string) => void = (message) => console.warn(message)): pg.Pool {
  const pool = new pg.Pool(options);
  pool.on('error', (error) => warn(`PostgreSQL pool: an idle connection failed (${error.message}); it is replaced on the next query`));
  return pool;
}
