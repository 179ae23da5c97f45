import type { Handle, HandleServerError } from '@sveltejs/kit/hooks';
import { createAtriumApi } from '#lib/server/api-client';
import { isCrossSiteFormSubmission } from '#lib/server/csrf';
import { addSecurityHeaders } from '#lib/server/security-headers';
import { isPublicSitePath, siteSecurityPolicy } from '#lib/server/cms/public-site';

// A caller's own id is kept when it looks like an id; anything else gets a fresh one.
const acceptableRequestId = /^[\w.:-]{1,128}$/;

export const handle: Handle = async ({ event, resolve }) => {
  const incomingId = event.request.headers.get('x-request-id');
  event.locals.requestId = incomingId && acceptableRequestId.test(incomingId) ? incomingId : crypto.randomUUID();
  event.locals.api = createAtriumApi(event);

  if (isCrossSiteFormSubmission(event.request, event.url)) {
    const message = `Cross-site ${event.request.method} form submissions are forbidden`;
    const refusal = event.request.headers.get('accept')?.includes('application/json')
      ? Response.json({ error: 'cross_site_form', message }, { status: 403 })
      : new Response(message, { status: 403, headers: { 'content-type': 'text/plain' } });
    addSecurityHeaders(event.request, refusal.headers);
    return refusal;
  }
  const response = await resolve(event);
  try {
    if (!response.headers.has('x-request-id')) response.headers.set('x-request-id', event.locals.requestId);
    addSecurityHeaders(event.request, response.headers);
    if (isPublicSitePath(event.route.id ?? '') || isPublicSitePath(event.url.pathname)) {
      // A company's public pages: no script at all, whatever the content held.
      if (response.headers.get('content-type')?.startsWith('text/html')) response.headers.set('content-security-policy', siteSecurityPolicy);
      // Unchanged since the visitor's copy (the API's ETag): a 304 without the page.
      const etag = response.headers.get('etag');
      if (etag && response.status === 200 && event.request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers: response.headers });
    }
  } catch {
    // immutable headers (a Response passed through untouched): nothing to add then
  }
  return response;
};

export const handleError: HandleServerError = ({ kind, error, event }) => {
  // Expected errors (404s, error(…) from a load) are shown to the person; the rest is ours to fix.
  if (kind === 'unknown') {
    console.error(`[atrium-web] ${event.request.method} ${event.url.pathname} failed:`, error);
  }
};
