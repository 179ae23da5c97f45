/**
 * Cross-site form submission check, done at run time.
 *
 * SvelteKit's own check (switched off in vite.config.ts) compares the Origin header with an
 * origin fixed at build time or guessed by adapter-node, which would make one build usable
 * on one address only. Here a form post is accepted when its Origin names the host the
 * request was sent to, or one of the origins listed in the ORIGIN environment variable
 * (comma-separated; for deployments behind a proxy that rewrites Host).
 *
 * /api/* is left alone: the API takes only JSON bodies, its session cookie is SameSite=Lax
 * (so browsers do not send it on cross-site POSTs), and better-auth checks the Origin of
 * its own /api/auth endpoints.
 */

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const formContentTypes = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

export function isCrossSiteFormSubmission(request: Request, url: URL): boolean {
  if (!unsafeMethods.has(request.method)) return false;
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return false;

  const contentType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (contentType && !formContentTypes.includes(contentType)) return false;

  const origin = request.headers.get('origin');
  if (!origin) return true;
  if (configuredOrigins().includes(origin)) return false;

  try {
    return new URL(origin).host !== url.host;
  } catch {
    return true;
  }
}

function configuredOrigins(): string[] {
  return (process.env.ORIGIN ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean);
}
