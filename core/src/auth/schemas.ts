import { z } from 'zod';
import { emailAddress, text } from '../api/text';
import { newPassword } from './password';

export { newPassword, passwordRules, passwordWeakness } from './password';

const email = emailAddress({ field: 'email address', message: 'Enter a valid email address, like name@company.com.' })
  .transform((value) => value.trim().toLowerCase());

export const personName = text({
  field: 'name',
  min: 1,
  max: 120,
  messages: { required: 'Tell us your name.', min: 'Tell us your name.', max: 'Keep your name under 120 characters.' },
});

export const companyName = text({
  field: 'company name',
  min: 2,
  max: 120,
  messages: { required: 'Give your company a name.', min: 'Company names need at least 2 characters.', max: 'Keep the company name under 120 characters.' },
});

export const signupRequest = z
  .object({ email, password: newPassword, name: personName, companyName })
  .meta({ id: 'SignupRequest' });

export const loginRequest = z
  .object({
    email,
    password: text({ field: 'password', trim: false, min: 1, max: 1024, messages: { required: 'Enter your password.', min: 'Enter your password.' } }),
  })
  .meta({ id: 'LoginRequest' });

export const userView = z
  .object({ id: z.string(), email: z.string(), name: z.string() })
  .meta({ id: 'User' });

export type SignupRequest = z.infer<typeof signupRequest>;
export type LoginRequest = z.infer<typeof loginRequest>;
export type UserView = z.infer<typeof userView>;
