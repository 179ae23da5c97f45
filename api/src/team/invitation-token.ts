import { createHash, randomBytes } from 'node:crypto';

export const invitationValidDays = 7;

/** A single-use secret for the link; only its hash is stored, so a database leak opens nothing. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function invitationExpiry(from = new Date()): Date {
  return new Date(from.getTime() + invitationValidDays * 24 * 60 * 60 * 1000);
}
