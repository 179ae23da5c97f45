import { createHmac, hkdfSync } from 'node:crypto';

/**
 * Two keys derived from ATRIUM_OPERATOR_SECRET with HKDF (RFC 5869), one per use, so that
 * neither use can stand in for the other: one seals TOTP secrets, one keys the HMAC of
 * session tokens.
 */
export interface OperatorKeys {
  seal: Buffer;
  token: Buffer;
}

const cache = new Map<string, OperatorKeys>();

export function operatorKeys(secret: string): OperatorKeys {
  let keys = cache.get(secret);
  if (!keys) {
    const derive = (info: string) => Buffer.from(hkdfSync('sha256', secret, 'atrium-operator', info, 32));
    keys = { seal: derive('totp-secret-seal'), token: derive('session-token-hmac') };
    cache.set(secret, keys);
  }
  return keys;
}

/** What the database keeps of an operator's session or enrolment token: its HMAC, hex. */
export function tokenDigest(token: string, secret: string): string {
  return createHmac('sha256', operatorKeys(secret).token).update(token).digest('hex');
}
