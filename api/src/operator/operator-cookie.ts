import type { Context } from 'koa';

/**
 * The operator's own session cookie, beside (never instead of) a company person's
 * better-auth cookie. SameSite=Strict: the console is never entered from another site.
 */
export const operatorCookieName = 'atrium_operator';

export function setOperatorCookie(ctx: Context, token: string, maxAgeSeconds: number, secure: boolean): void {
  ctx.append('Set-Cookie', `${operatorCookieName}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`);
}

export function clearOperatorCookie(ctx: Context, secure: boolean): void {
  ctx.append('Set-Cookie', `${operatorCookieName}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure ? '; Secure' : ''}`);
}

export function operatorCookie(ctx: Context): string | undefined {
  const value = ctx.cookies.get(operatorCookieName);
  // base64url of 32 bytes: anything else is not ours and is not looked up.
  return value && /^[\w-]{43}$/.test(value) ? value : undefined;
}
