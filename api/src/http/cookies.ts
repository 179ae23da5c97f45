import type { Context } from 'koa';

/** Passes better-auth's Set-Cookie headers (a new or ended session) on to the caller. */
export function forwardCookies(ctx: Context, headers: Headers | undefined): void {
  const cookies = headers?.getSetCookie() ?? [];
  if (cookies.length) ctx.set('set-cookie', cookies);
}
