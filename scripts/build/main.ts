/**
 * `npm run build`: the server bundles (build/server) and the dashboard (web/build), each only
 * when its sources changed; `npm start` does the same before it starts anything, and the
 * Docker image runs it in its build stage. `build.ts servers-now` is the step `npm start`
 * runs in a child process, so that webpack's memory (the workflow bundle) is not kept by it.
 */
import { ensureDashboardBuilt } from './dashboard';
import { buildServers, ensureServersBuilt } from './servers';

const started = Date.now();
if (process.argv[2] === 'servers-now') {
  await buildServers();
} else {
  const [servers, dashboard] = await Promise.all([ensureServersBuilt(), ensureDashboardBuilt()]);
  const said = (built: boolean, what: string) => `${what} ${built ? 'built' : 'up to date'}`;
  console.log(`[build] ${said(servers, 'build/server')}, ${said(dashboard, 'web/build')} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
