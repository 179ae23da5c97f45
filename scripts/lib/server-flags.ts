import type { ServerName } from '../build/servers';

/**
 * V8 flags for the built processes of `npm start` (measured with `npm run bench -- memory`).
 * A smaller young generation (semi-space) keeps an idle process's resident memory down; it
 * costs a few more minor collections under load, which these processes do not see locally.
 */
const flags: Record<ServerName | 'web', string[]> = {
  api: ['--max-semi-space-size=1'],
  'support-mail': ['--max-semi-space-size=1'],
  worker: ['--max-semi-space-size=1'],
  migrate: [],
  'seed-operator': [],
  web: ['--max-semi-space-size=1'],
};

export function serverNodeFlags(name: ServerName | 'web'): string[] {
  return flags[name];
}
