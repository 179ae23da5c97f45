import { config } from 'zod/v4/core';

// Zod compiles its object parsers with `new Function` when it may, and probes for that the
// first time a schema is built; the dashboard's Content-Security-Policy (vite.config.ts)
// allows no eval, so the probe would be a CSP violation on every page. The interpreted
// parsers are as correct, and fast enough for forms. This module loads before any page's.
config({ jitless: true });
