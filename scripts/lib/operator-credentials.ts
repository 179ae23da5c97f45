import type { OperatorCredentials } from '@atrium/db';

/** What `npm run operator -- create` and `npm start` print for a new operator: shown once, stored nowhere in clear. */
export function printOperatorCredentials({ operator, oneTimePassword, totp }: OperatorCredentials, publicUrl: string): void {
  console.log(`
  Operator ${operator.email} — sign in at ${publicUrl}/operator/login

    One-time password   ${oneTimePassword}
    TOTP secret         ${totp.secret}
    otpauth URL         ${totp.otpauthUrl}

  Add the secret to an authenticator app (or scan the QR code the first sign-in shows);
  the first sign-in asks for its code and a new password. Nothing here is shown again.
`);
}
