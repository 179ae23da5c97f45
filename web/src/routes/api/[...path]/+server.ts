import type { RequestHandler } from './$types';
import { proxyToApi } from '#lib/server/api-proxy';

// Every method of /api/* goes to the Atrium API unchanged; see #lib/server/api-proxy.
const forward: RequestHandler = (event) => proxyToApi(event);

export const GET = forward;
export const HEAD = forward;
export const POST = forward;
export const PUT = forward;
export const PATCH = forward;
export const DELETE = forward;
export const OPTIONS = forward;
export const fallback = forward;
