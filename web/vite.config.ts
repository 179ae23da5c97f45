import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    sveltekit({
      adapter: adapter({ out: 'build' }),
      // SvelteKit's built-in origin check compares the browser's Origin with an origin fixed
      // at build time (`paths.origin`) or guessed by adapter-node (https unless a proxy says
      // otherwise). Neither fits a dashboard that runs on whatever port it is given, and the
      // JSON API behind /api is protected by its SameSite=Lax session cookie, which browsers
      // do not send on cross-site POSTs. So the check is switched off here and
      // done at run time in src/hooks.server.ts, for form submissions to pages only.
      csrf: { trustedOrigins: ['*'] },
    }),
  ],
  ssr: {
    // @atrium/core is a workspace package shipped as TypeScript source: bundle it (and zod)
    // into the server build instead of letting adapter-node leave it as a runtime import.
    noExternal: ['@atrium/core'],
  },
  server: { port: 3000 },
});
