import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Operator passwords, hashed with scrypt (Node's own, RFC 7914) as
 * `scrypt$N$r$p$salt$hash`, so the cost can be raised later without breaking old hashes.
 */
const cost = { N: 2 ** 15, r: 8, p: 1 } as const;
const keyLength = 64;
// N × r × 128 bytes = 32 MiB: above Node's 32 MiB default limit by the bookkeeping.
const maxmem = 64 * 1024 * 1024;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, keyLength, { ...options, maxmem }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(N), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/**
 * Spends the same time as a real check when no operator has the email, so that the
 * answer's timing does not tell which emails are operators.
 */
const decoy = hashPassword('decoy-password-for-unknown-operators');
export async function verifyAgainstNobody(password: string): Promise<false> {
  await verifyPassword(password, await decoy);
  return false;
}

/** A one-time password to print: 24 characters from 18 random bytes, letters, digits, - and _. */
export function oneTimePassword(): string {
  return randomBytes(18).toString('base64url');
}
