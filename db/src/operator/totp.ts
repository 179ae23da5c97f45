import { Secret, TOTP } from 'otpauth';

/**
 * Operators' second factor: RFC 6238 TOTP (30-second steps, 6 digits, SHA-1, which is what
 * every authenticator app supports), through `otpauth`. A code is accepted one step
 * either side of now, for clock drift, and only once.
 */
const period = 30;
export const totpIssuer = 'Atrium operators';

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(secret: string, email: string): TOTP {
  return new TOTP({ issuer: totpIssuer, label: email, algorithm: 'SHA1', digits: 6, period, secret: Secret.fromBase32(secret) });
}

/** The otpauth:// URL an authenticator app reads (the QR code's content). */
export function otpauthUrl(secret: string, email: string): string {
  return totpFor(secret, email).toString();
}

/**
 * The time step of `code` when it is valid now and newer than `lastStep` (the last code
 * this operator used), else null: a code seen once is refused even within its 30 seconds.
 */
export function acceptedStep(secret: string, email: string, code: string, lastStep: number | null, now = Date.now()): number | null {
  const delta = totpFor(secret, email).validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / period) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}
