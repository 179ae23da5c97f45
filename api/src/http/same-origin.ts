import type { Middleware } from 'koa';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Refuses state-changing requests that a browser sent from another site (cross-site request
 * forgery), before anything runs: a bodyless POST needs no preflight, so SameSite cookies are
 * the only other wall, and a `same-site` subdomain gets through those.
 *
 * - `Origin` present: it must be the dashboard's (PUBLIC_URL) or name the host this request
 *   was addressed to (`Host`, or the `X-Forwarded-Host` the dashboard's proxy sets).
 * - `Sec-Fetch-Site: cross-site` is refused; `same-site` only with a trusted Origin.
 * - Neither header (curl, Stripe's webhook, the dashboard's server-side calls without a
 *   browser behind them): nothing to judge, it passes; authentication decides.
 */
export function refuseCrossOrigin(publicUrl: string): Middleware {
  const dashboard = new URL(publicUrl).origin;
  return async (ctx, next) => {
    if (!stateChanging.has(ctx.method)) return next();
    const origin = ctx.get('origin');
    const site = ctx.get('sec-fetch-site').toLowerCase();
    const trusted = origin !== '' && (origin === dashboard || hostOf(origin) === ctx.host.toLowerCase());

    const refusedBy = origin && !trusted ? `its Origin is ${origin}` : site === 'cross-site' ? 'the browser says it came from another site' : site === 'same-site' && !trusted ? 'the browser says it came from another part of this site' : undefined;
    if (!refusedBy) return next();

    ctx.status = 403;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = {
      error: 'cross_origin',
      message: `Atrium refused this change because ${refusedBy}, not ${dashboard}. If you meant to make it, open Atrium at ${dashboard} and try again there.`,
    };
  };
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return undefined; // `null` (sandboxed frames, file://) and garbage are never trusted
  }
}
