import type { ServerName } from '../build/servers';

/**
 * V8 flags for the built processes of `npm start` (measured with `npm run bench -- memory`).
 * A smaller young generation (semi-space) keeps an idle process's resident memory down; it
 * costs more minor collections under load. The API, which meets that load first, keeps 4 MB:
 * at 1 MB a sixth of its time under `npm run bench -- api` was the garbage collector, at
 * 16 MB an idle API held 40 MB more.
 */
const flags: Record<ServerName | 'web', string[]> = {
  api: ['--max-semi-space-size=4'],
  'support-mail': ['--max-semi-space-size=1'],
  worker: ['--max-semi-space-size=1'],
  migrate: [],
  'seed-operator': [],
  web: ['--max-semi-space-size=1'],
};

export function serverNodeFlags(name: ServerName | 'web'): string[] {
  return flags[name];
}

/**
 * glibc gives every thread that allocates its own malloc arena (up to 8 per core), and the
 * Temporal core's Rust threads and libuv's pool each keep one mostly empty: two arenas cut
 * an idle worker by ~30 MB. A variable set by the person running `npm start` wins.
 */
export const serverProcessEnv: Record<string, string> = { MALLOC_ARENA_MAX: '2' };

/**
 * The embedded PostgreSQL of `npm start`: PostgreSQL 18's default asynchronous I/O runs three
 * I/O worker processes; `sync` reads in the backends themselves, as before 18, which a
 * single developer's load does not notice.
 */
export const embeddedPostgresSettings: Record<string, string> = { io_method: 'sync' };
