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
      // The Content-Security-Policy header of every page; SvelteKit adds a nonce for its own
      // inline script. Stripe.js (src/lib/components/billing/stripe-js.ts, loaded only for a
      // company on the Stripe gateway) needs its script and frames from js.stripe.com, its
      // 3-D Secure frames from hooks.stripe.com and its calls to api.stripe.com; nothing else
      // comes from another origin. Styles allow 'unsafe-inline': components set style
      // attributes (a company's brand colours, chart sizes), which nonces cannot cover.
      csp: {
        mode: 'auto',
        directives: {
          'default-src': ['self'],
          'script-src': ['self', 'https://js.stripe.com'],
          'style-src': ['self', 'unsafe-inline'],
          'img-src': ['self', 'data:'],
          'font-src': ['self'],
          'connect-src': ['self', 'https://api.stripe.com'],
          'frame-src': ['https://js.stripe.com', 'https://hooks.stripe.com'],
          'frame-ancestors': ['none'],
          'form-action': ['self'],
          'base-uri': ['self'],
          'object-src': ['none'],
        },
      },
    }),
  ],
  ssr: {
    // @atrium/core is a workspace package shipped as TypeScript source: bundle it (and zod)
    // into the server build instead of letting adapter-node leave it as a runtime import.
    noExternal: ['@atrium/core'],
  },
  server: { port: 3000 },
});
