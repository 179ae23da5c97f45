import { describe, expect, it } from 'vitest';
import { acceptInvitationRequest } from '../team/schemas';
import { newPassword, passwordWeakness } from './password';
import { signupRequest } from './schemas';

describe('the password rule', () => {
  it.each(['a-long-passphrase-7', 'brand-new-secret-42', 'another-secret-77', 'analytical-engine-1843', 'not-the-password-1', 'maple-orbit-tunnel-7', 'Tr0ub4dor&3x-horse'])(
    'accepts %s',
    (password) => {
      expect(passwordWeakness(password)).toBeNull();
      expect(newPassword.safeParse(password).success).toBe(true);
    },
  );

  it.each([
    ['password123', 'it is one of the most common passwords'],
    ['qwerty12345', 'it is one of the most common passwords'],
    ['Password1234', 'it is a common password with small changes'],
    ['iloveyou12', 'it is a common password with small changes'],
    ['1q2w3e4r5t', 'it is one of the most common passwords'],
    ['abcdefghi1', 'it is built on a sequence like abc or 123'],
  ])('refuses %s, saying why', (password, reason) => {
    expect(passwordWeakness(password)).toBe(
      `This password is too easy to guess: ${reason}. Try a few unrelated words with a digit or symbol, like "maple-orbit-tunnel-7".`,
    );
  });

  it('keeps the length and mix rules, and names them first', () => {
    expect(newPassword.safeParse('short-1').error?.issues[0]?.message).toBe('Use at least 10 characters for your password.');
    expect(newPassword.safeParse('onlyletterswithoutdigits').error?.issues[0]?.message).toBe('Mix letters with at least one digit or symbol in your password.');
    expect(newPassword.safeParse('x'.repeat(129) + '1').error?.issues[0]?.message).toBe('Use at most 128 characters for your password.');
  });

  it('is the same rule at signup and for an invitation accepted as a new account', () => {
    const signup = signupRequest.safeParse({ email: 'a@b.co', password: 'password123', name: 'Ann', companyName: 'Acme' });
    expect(signup.error?.issues[0]?.message).toMatch(/^This password is too easy to guess/);
    const accept = acceptInvitationRequest.safeParse({ token: 'x'.repeat(40), name: 'Ann', password: 'Password1234' });
    expect(accept.error?.issues[0]?.message).toMatch(/^This password is too easy to guess/);
    expect(acceptInvitationRequest.safeParse({ token: 'x'.repeat(40), name: 'Ann', password: 'onlyletterswithoutdigits' }).success).toBe(false);
  });
});
