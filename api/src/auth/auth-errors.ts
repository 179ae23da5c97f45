import { APIError } from 'better-auth';
import { HttpError } from '../http/http-error';

/** better-auth's refusals, in the API's `{error, message}` shape. */
export function authFailure(error: unknown): Error {
  if (!(error instanceof APIError)) return error as Error;
  const code = String((error.body as { code?: string } | undefined)?.code ?? '').toLowerCase();
  if (code.includes('user_already_exists')) {
    return new HttpError(409, 'email_taken', 'An account with this email already exists. Sign in instead, or reset your password.');
  }
  if (code.includes('invalid_email_or_password') || error.statusCode === 401) {
    return new HttpError(401, 'invalid_credentials', 'That email and password do not match an account.');
  }
  if (code.includes('password_too')) {
    return new HttpError(400, 'invalid_request', error.message, { password: error.message });
  }
  if (error.statusCode === 429) {
    return new HttpError(429, 'too_many_attempts', 'Too many attempts. Wait a minute and try again.');
  }
  return new HttpError(error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500, 'auth_failed', error.message);
}
