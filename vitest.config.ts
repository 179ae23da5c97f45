import { defineConfig } from 'vitest/config';

const withServers = ['scripts/test/global-setup.ts'];

/** `npm test`: every workspace's tests; those needing servers share one test stack. */
export default defineConfig({
  test: {
    projects: [
      // Pure workflow logic (state classes) needs no servers: `*.unit.test.ts` run with core.
      { extends: false, test: { name: 'core', include: ['core/src/**/*.test.ts', 'workflows/src/**/*.unit.test.ts'] } },
      // scripts/demo fills a company through the API: it runs with the api project's servers.
      { extends: false, test: { name: 'deploy', include: ['deploy/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: ['**/node_modules/**', 'scripts/demo/**'] } },
      {
        extends: false,
        test: { name: 'db', include: ['db/**/*.test.ts'], globalSetup: withServers, hookTimeout: 180_000, testTimeout: 30_000 },
      },
      {
        extends: false,
        test: { name: 'workflows', include: ['workflows/**/*.test.ts', 'workers/**/*.test.ts'], exclude: ['**/node_modules/**', '**/*.unit.test.ts'], globalSetup: withServers, hookTimeout: 180_000, testTimeout: 60_000 },
      },
      {
        extends: false,
        test: { name: 'api', include: ['api/**/*.test.ts', 'scripts/demo/**/*.test.ts'], globalSetup: withServers, hookTimeout: 180_000, testTimeout: 60_000 },
      },
      {
        extends: false,
        test: { name: 'web', include: ['web/test/**/*.test.ts'], globalSetup: withServers, hookTimeout: 300_000, testTimeout: 120_000 },
      },
    ],
  },
});
