import type { Handle, HandleServerError } from '@sveltejs/kit/hooks';
import { createAtriumApi } from '#lib/server/api-client';
import { isCrossSiteFormSubmission } from '#lib/server/csrf';
import { addSecurityHeaders } from '#lib/server/security-headers';

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
