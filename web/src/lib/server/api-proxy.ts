import type { RequestEvent } from '@sveltejs/kit';
import {
  apiBaseUrl,
  apiTimedOut,
  apiUnreachable,
  copyIdentityHeaders,
  isTimeout,
  logUnreachable,
} from './api';

/**
 * Forwards a browser's /api/* request to the Atrium API so that the browser only ever talks
 * to one origin: the session cookie the API sets is a cookie of the dashboard's origin, and
 * the browser sends it back here on every page load and every /api call.
 */

const proxyTimeoutMs = 60_000;

// Connection-level headers describe one hop and must not be passed on (RFC 9110 §7.6.1);
// the length and encoding are recomputed by fetch, which also decompresses the answer.
const hopByHop = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
  'content-encoding',
  'accept-encoding',
]);

export async function proxyToApi(event: RequestEvent): Promise<Response> {
  const { request, url } = event;
  const target = `${apiBaseUrl()}${url.pathname}${url.search}`;

  const headers = new Headers();
  for (const [name, value] of request.headers) {
    if (!hopByHop.has(name)) headers.set(name, value);
  }
  // x-forwarded-proto is passed on as received and never guessed: adapter-node assumes https
  // unless told otherwise, and the API may derive its cookies' Secure flag from it. The
  // browser's Origin and Sec-Fetch-Site go on unchanged, with x-forwarded-host (the host the
  // browser addressed, unless a proxy in front already said): the API refuses cross-site
  // changes by comparing them.
  copyIdentityHeaders(event, headers);

  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';

  // The time limit covers the whole answer, except for an event stream (the bell's live
  // count), which is meant to stay open: there it covers only the wait for the headers.
  // Either way the upstream call ends when the browser goes away, so a closed tab leaves no
  // stream open at the API.
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new DOMException('The API took too long to answer.', 'TimeoutError')), proxyTimeoutMs);
  let upstream: Response;
  try {
    upstream = await fetch(target, {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : undefined,
      redirect: 'manual',
      signal: AbortSignal.any([deadline.signal, request.signal]),
    });
  } catch (failure) {
    clearTimeout(timer);
    logUnreachable(request.method, url.pathname, failure);
    const timedOut = isTimeout(failure) || deadline.signal.aborted;
    return Response.json(timedOut ? apiTimedOut : apiUnreachable, {
      status: timedOut ? 504 : 502,
      headers: { 'x-request-id': event.locals.requestId, 'cache-control': 'no-store' },
    });
  }

  const responseHeaders = new Headers();
  for (const [name, value] of upstream.headers) {
    if (!hopByHop.has(name) && name !== 'set-cookie') responseHeaders.set(name, value);
  }
  // Every cookie separately: `headers.get('set-cookie')` would fold them into one line.
  for (const cookie of upstream.headers.getSetCookie()) responseHeaders.append('set-cookie', cookie);
  if (!responseHeaders.has('x-request-id')) responseHeaders.set('x-request-id', event.locals.requestId);

  let body = upstream.body;
  if (isEventStream(upstream)) {
    clearTimeout(timer);
    // Nothing between here and the browser may hold events back to fill a buffer.
    responseHeaders.set('cache-control', 'no-cache, no-transform');
    responseHeaders.set('x-accel-buffering', 'no');
  } else if (body) {
    // Passed on as it arrives; the time limit ends with the last byte.
    body = body.pipeThrough(new TransformStream({ flush: () => clearTimeout(timer) }));
  } else {
    clearTimeout(timer);
  }

  const bodyless = request.method === 'HEAD' || [101, 204, 205, 304].includes(upstream.status);
  if (bodyless) clearTimeout(timer);
  return new Response(bodyless ? null : body, {
    status: upstream.status,
    statusText: upstream.statusText,
    headers: responseHeaders,
  });
}

function isEventStream(response: Response): boolean {
  return (response.headers.get('content-type') ?? '').startsWith('text/event-stream');
}
