import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { operatorKeys } from './keys';

/**
 * TOTP secrets at rest: AES-256-GCM under a key derived from ATRIUM_OPERATOR_SECRET, as
 * `v1.<iv>.<tag>.<ciphertext>` (base64url). A database dump without the secret yields no
 * second factor. Changing the secret means enrolling every operator again (`npm run
 * operator -- create` on a new account, or a reset), which the unseal error says.
 */
export function sealSecret(plain: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', operatorKeys(secret).seal, iv);
  const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), sealed.toString('base64url')].join('.');
}

export class UnsealError extends Error {}

export function unsealSecret(sealed: string, secret: string): string {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || !data) throw new UnsealError('The sealed TOTP secret is not in a format this version knows.');
  try {
    const decipher = createDecipheriv('aes-256-gcm', operatorKeys(secret).seal, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new UnsealError('The TOTP secret was sealed with another ATRIUM_OPERATOR_SECRET.');
  }
}
