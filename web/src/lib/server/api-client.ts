import { redirect, type RequestEvent } from '@sveltejs/kit';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { ApiError } from '@atrium/core';
import type { paths } from '#lib/api/schema';
import { apiBaseUrl, apiTimedOut, apiUnreachable, applySetCookies, copyIdentityHeaders, isTimeout, logUnreachable, toApiError } from './api';

/**
 * The dashboard's typed client of the Atrium API, generated from `/api/openapi.json`
 * (`#lib/api/schema`): paths, parameters, bodies and answers are the API's own, so a field
 * renamed on the server fails svelte-check on the pages that read it.
 *
 * One client per dashboard request (`event.locals.api`, made in `hooks.server.ts`); its
 * middleware is the one place that forwards the person's cookie and identity headers,
 * copies the API's Set-Cookie back to the browser, and turns a 401 into the way to /login.
 */
export type AtriumApi = Client<paths>;

type ApiEvent = Pick<RequestEvent, 'request' | 'getClientAddress' | 'locals' | 'cookies' | 'url'>;

const requestTimeoutMs = 30_000;

export function createAtriumApi(event: ApiEvent): AtriumApi {
  const client = createClient<paths>({
    baseUrl: apiBaseUrl(),
    fetch: (request) => fetch(request, { redirect: 'manual', signal: AbortSignal.any([request.signal, AbortSignal.timeout(requestTimeoutMs)]) }),
  });
  client.use(forwardSession(event), unreachableAsAnswer());
  return client;
}

function forwardSession(event: ApiEvent): Middleware {
  return {
    onRequest({ request }) {
      copyIdentityHeaders(event, request.headers);
      const cookie = event.request.headers.get('cookie');
      if (cookie) request.headers.set('cookie', cookie);
    },
    onResponse({ request, response }) {
      try {
        applySetCookies(event.cookies, response.headers.getSetCookie());
      } catch {
        // A streamed answer arrives after the page's headers were sent: a refreshed session
        // cookie then waits for the next page (the layout's own calls pass theirs on).
      }
      // The session ended (expired, signed out elsewhere): back to the sign-in page, then here.
      // The operator console has its own session and its own sign-in page.
      if (response.status === 401) {
        const back = event.url.pathname + event.url.search;
        const operator = new URL(response.url || request.url).pathname.startsWith('/api/operator/');
        const login = operator ? '/operator/login' : '/login';
        redirect(303, back === '/' || back === login ? login : `${login}?redirectTo=${encodeURIComponent(back)}`);
      }
    },
  };
}

/** A network failure or a timeout becomes a 502/504 answer with a sentence, as any refusal. */
function unreachableAsAnswer(): Middleware {
  return {
    onError({ request, error }) {
      logUnreachable(request.method, new URL(request.url).pathname, error);
      const timedOut = isTimeout(error) || (error instanceof DOMException && error.name === 'AbortError');
      return Response.json(timedOut ? apiTimedOut : apiUnreachable, { status: timedOut ? 504 : 502 });
    },
  };
}

/** What a page does with an answer: the typed data, or the API's problem to show. */
export type Answer<T> = { ok: true; status: number; data: T } | { ok: false; status: number; problem: ApiError };

/**
 * An openapi-fetch call as an `Answer`: `data` typed from the document, and any failure,
 * documented or not, as an `ApiError` with a sentence a person can act on.
 */
export async function answer<Reply extends { data?: unknown; error?: unknown; response: Response }>(
  call: Promise<Reply>,
): Promise<Answer<Exclude<Reply['data'], undefined>>> {
  const { data, error, response } = await call;
  if (response.ok) return { ok: true, status: response.status, data: data as Exclude<Reply['data'], undefined> };
  return { ok: false, status: response.status, problem: toApiError(response.status, error) };
}
