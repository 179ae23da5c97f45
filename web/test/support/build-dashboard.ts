/**
 * The browser tests run the dashboard as production does, from web/build; the build (once,
 * again only when the sources changed) is the same function `npm start` uses.
 */
export { buildDir, ensureDashboardBuilt, nodeBinary, repoRoot, webRoot } from '../../../scripts/build/dashboard';
