import type { Cookies, RequestEvent } from '@sveltejs/kit';
import type { ApiError } from '@atrium/core';

/**
 * The one way server code in the dashboard talks to the Atrium API: the person's cookie,
 * their request id and their Origin go along, so the API sees the same person and the same
 * trace whether the browser called it through /api or a page's load/action did.
 */

const defaultApiUrl = 'http://localhost:4000';
const requestTimeoutMs = 30_000;

export function apiBaseUrl(): string {
  return (process.env.API_URL || defaultApiUrl).replace(/\/+$/, '');
}

export type ApiResult<T> =
  | { ok: true; status: number; data: T; setCookies: string[] }
  | { ok: false; status: number; problem: ApiError; setCookies: string[] };

export const apiUnreachable: ApiError = {
  error: 'api_unreachable',
  message: 'Atrium is not answering right now. Please try again in a moment.',
};

export const apiTimedOut: ApiError = {
  error: 'api_timeout',
  message: 'Atrium took too long to answer. Please try again in a moment.',
};

type ServerEvent = Pick<RequestEvent, 'request' | 'getClientAddress' | 'locals'>;

interface CallOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  json?: unknown;
  /** A raw upload (a logo's bytes) with its media type, instead of JSON. */
  bytes?: { data: ArrayBuffer; type: string };
  /** Overrides the Cookie header taken from the incoming request (e.g. right after login). */
  cookie?: string;
}

export async function callApi<T>(
  event: ServerEvent,
  path: string,
  { method = 'GET', json, bytes, cookie }: CallOptions = {},
): Promise<ApiResult<T>> {
  const headers = new Headers({ accept: 'application/json' });
  copyIdentityHeaders(event, headers);
  const cookieHeader = cookie ?? event.request.headers.get('cookie');
  if (cookieHeader) headers.set('cookie', cookieHeader);
  if (json !== undefined) headers.set('content-type', 'application/json');
  if (bytes) headers.set('content-type', bytes.type || 'application/octet-stream');

  let response: Response;
  try {
    response = await fetch(`${apiBaseUrl()}${path}`, {
      method,
      headers,
      body: bytes ? bytes.data : json === undefined ? undefined : JSON.stringify(json),
      redirect: 'manual',
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
  } catch (failure) {
    logUnreachable(method, path, failure);
    const problem = isTimeout(failure) ? apiTimedOut : apiUnreachable;
    return { ok: false, status: isTimeout(failure) ? 504 : 502, problem, setCookies: [] };
  }

  const setCookies = response.headers.getSetCookie();
  const body = await readBody(response);

  if (response.ok) return { ok: true, status: response.status, data: body as T, setCookies };
  return { ok: false, status: response.status, problem: toApiError(response.status, body), setCookies };
}

/**
 * Headers that tell the API who is asking and from where. The Origin is the browser's own
 * (pages and actions run on the dashboard's origin); the API decides whether it trusts it:
 * PUBLIC_URL's origin, or one naming the host of X-Forwarded-Host (see api/src/http/same-origin.ts).
 */
export function copyIdentityHeaders(event: ServerEvent, headers: Headers): void {
  const incoming = event.request.headers;
  headers.set('x-request-id', event.locals.requestId);
  for (const name of ['origin', 'referer', 'user-agent', 'accept-language']) {
    const value = incoming.get(name);
    if (value) headers.set(name, value);
  }
  // The API accepts a browser's Origin when it names the host the browser addressed: ours.
  // Behind a proxy that already says which host that was, its word is passed on instead.
  if (!incoming.get('x-forwarded-host')) headers.set('x-forwarded-host', new URL(event.request.url).host);
  const clientAddress = safeClientAddress(event);
  if (clientAddress) {
    const forwardedFor = incoming.get('x-forwarded-for');
    headers.set('x-forwarded-for', forwardedFor ? `${forwardedFor}, ${clientAddress}` : clientAddress);
  }
}

/**
 * Copies the API's Set-Cookie headers (the better-auth session cookie, or its removal on
 * logout) onto the dashboard's response, byte for byte: values are neither decoded nor
 * re-encoded, and SvelteKit's defaults (HttpOnly, Secure, SameSite) do not replace what the
 * API decided.
 */
export function applySetCookies(cookies: Cookies, setCookieHeaders: string[]): void {
  for (const header of setCookieHeaders) {
    const { name, value, ...attributes } = cookies.parse(header, { decode: (raw) => raw });
    if (!name) continue;
    cookies.set(name, value ?? '', {
      httpOnly: false,
      secure: false,
      sameSite: undefined,
      ...attributes,
      path: attributes.path ?? '/',
      encode: (raw) => raw,
    });
  }
}

/** The Cookie header the browser will send once it has stored `setCookieHeaders`. */
export function cookieHeaderAfter(current: string | null, setCookieHeaders: string[]): string {
  const jar = new Map<string, string>();
  for (const pair of (current ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0) jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
  for (const header of setCookieHeaders) {
    const [pair = ''] = header.split(';');
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    const name = pair.slice(0, at).trim();
    const value = pair.slice(at + 1).trim();
    if (value === '' || /;\s*max-age=0\b/i.test(header)) jar.delete(name);
    else jar.set(name, value);
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 304) return null;
  const text = await response.text();
  if (!text) return null;
  if (!(response.headers.get('content-type') ?? '').includes('json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function toApiError(status: number, body: unknown): ApiError {
  if (body && typeof body === 'object' && 'message' in body && typeof body.message === 'string') {
    const shaped = body as Partial<ApiError>;
    return {
      error: typeof shaped.error === 'string' ? shaped.error : `http_${status}`,
      message: shaped.message ?? '',
      ...(shaped.fields && typeof shaped.fields === 'object' ? { fields: shaped.fields } : {}),
      ...(shaped.details && typeof shaped.details === 'object' ? { details: shaped.details } : {}),
    };
  }
  return {
    error: `http_${status}`,
    message:
      status >= 500
        ? 'Something went wrong on our side. Please try again in a moment.'
        : 'That did not work. Please check your input and try again.',
  };
}

function safeClientAddress(event: ServerEvent): string | undefined {
  try {
    return event.getClientAddress();
  } catch {
    return undefined;
  }
}

export function isTimeout(failure: unknown): boolean {
  return failure instanceof DOMException && failure.name === 'TimeoutError';
}

export function logUnreachable(method: string, path: string, failure: unknown): void {
  const cause = failure instanceof Error && failure.cause instanceof Error ? failure.cause : failure;
  const detail = cause instanceof Error ? ((cause as { code?: string }).code ?? cause.message) : String(cause);
  console.error(`[atrium-web] ${method} ${apiBaseUrl()}${path} failed: ${detail}`);
}
