import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { text } from '../api/text';

export const passwordRules = {
  minLength: 10,
  maxLength: 128,
  /**
   * zxcvbn's score, 0–4: 3 means about 10^8 guesses or more, out of reach of the lists
   * attackers try first (the most common passwords and their usual variations).
   */
  minScore: 3,
} as const;

// Built on first use: loading the common-password dictionary takes a few dozen milliseconds.
let estimator: ZxcvbnFactory | undefined;
const strength = (password: string) => (estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs })).check(password);

const why: Record<string, string> = {
  common: 'it is one of the most common passwords',
  similarToCommon: 'it is a common password with small changes',
  commonNames: 'it is built on a common name',
  namesByThemselves: 'it is built on a common name',
  sequences: 'it is built on a sequence like abc or 123',
  straightRow: 'it is a row of keys on the keyboard',
  keyPattern: 'it is a pattern on the keyboard',
  simpleRepeat: 'it repeats the same characters',
  extendedRepeat: 'it repeats the same characters',
  dates: 'it is built on a date',
  recentYears: 'it is built on a recent year',
};

/**
 * Null for a password hard enough to guess, else a sentence that says why it is refused.
 * The same rule for every path that sets a password: signup, an invitation accepted as a
 * new account, a reset and a change (the last two through better-auth's before hook).
 */
export function passwordWeakness(password: string): string | null {
  if (!/[a-zA-Z]/.test(password) || !/[^a-zA-Z]/.test(password)) return 'Mix letters with at least one digit or symbol in your password.';
  const result = strength(password);
  if (result.score >= passwordRules.minScore) return null;
  const reason = why[result.feedback.warning ?? ''] ?? 'it is too close to passwords that attackers try first';
  return `This password is too easy to guess: ${reason}. Try a few unrelated words with a digit or symbol, like "maple-orbit-tunnel-7".`;
}

/** A new password, as every path that sets one checks it. */
export const newPassword = text({
  field: 'password',
  trim: false,
  min: passwordRules.minLength,
  max: passwordRules.maxLength,
  messages: {
    required: 'Choose a password.',
    min: `Use at least ${passwordRules.minLength} characters for your password.`,
    max: `Use at most ${passwordRules.maxLength} characters for your password.`,
  },
}).superRefine((value, ctx) => {
  const weakness = passwordWeakness(value);
  if (weakness) ctx.addIssue({ code: 'custom', message: weakness });
});
