import { z } from 'zod';

export const passwordRules = {
  minLength: 10,
  maxLength: 128,
} as const;

const email = z
  .email({ error: 'Enter a valid email address, like name@company.com.' })
  .max(254, { error: 'That email address is too long.' })
  .transform((value) => value.trim().toLowerCase());

const password = z
  .string({ error: 'Choose a password.' })
  .min(passwordRules.minLength, {
    error: `Use at least ${passwordRules.minLength} characters for your password.`,
  })
  .max(passwordRules.maxLength, {
    error: `Use at most ${passwordRules.maxLength} characters for your password.`,
  })
  .refine((value) => /[a-zA-Z]/.test(value) && /[^a-zA-Z]/.test(value), {
    error: 'Mix letters with at least one digit or symbol in your password.',
  });

const personName = z
  .string({ error: 'Tell us your name.' })
  .trim()
  .min(1, { error: 'Tell us your name.' })
  .max(120, { error: 'Keep your name under 120 characters.' });

export const companyName = z
  .string({ error: 'Give your company a name.' })
  .trim()
  .min(2, { error: 'Company names need at least 2 characters.' })
  .max(120, { error: 'Keep the company name under 120 characters.' });

export const signupRequest = z
  .object({ email, password, name: personName, companyName })
  .meta({ id: 'SignupRequest' });

export const loginRequest = z
  .object({
    email,
    password: z.string({ error: 'Enter your password.' }).min(1, { error: 'Enter your password.' }),
  })
  .meta({ id: 'LoginRequest' });

export const userView = z
  .object({ id: z.string(), email: z.string(), name: z.string() })
  .meta({ id: 'User' });

export type SignupRequest = z.infer<typeof signupRequest>;
export type LoginRequest = z.infer<typeof loginRequest>;
export type UserView = z.infer<typeof userView>;
