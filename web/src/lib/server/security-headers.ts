/**
 * Headers every dashboard response carries, beside the Content-Security-Policy that
 * SvelteKit writes from `csp` in vite.config.ts (with a nonce for its own inline script).
 */

const oneYear = 60 * 60 * 24 * 365;

export function addSecurityHeaders(request: Request, headers: Headers): void {
  headers.set('x-content-type-options', 'nosniff');
  headers.set('referrer-policy', 'strict-origin-when-cross-origin');
  // frame-ancestors 'none' says the same to browsers that read CSP; this is for those that do not.
  headers.set('x-frame-options', 'DENY');
  // The dashboard decides for its origin, also on the API's answers it passes through.
  if (servedOverHttps(request)) headers.set('strict-transport-security', `max-age=${oneYear}; includeSubDomains`);
  else headers.delete('strict-transport-security');
}

/**
 * HSTS only where people reach the dashboard over https: its public address says so
 * (PUBLIC_URL, or adapter-node's ORIGIN), or the TLS proxy in front does (x-forwarded-proto).
 * Not from the request URL: adapter-node takes https for granted when nothing is configured.
 */
function servedOverHttps(request: Request): boolean {
  const publicOrigins = [process.env.PUBLIC_URL, ...(process.env.ORIGIN ?? '').split(',')].map((value) => value?.trim() ?? '');
  if (publicOrigins.some((origin) => origin.startsWith('https://'))) return true;
  const forwardedProto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwardedProto === 'https';
}
