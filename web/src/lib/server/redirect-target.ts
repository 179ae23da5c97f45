/**
 * Where to send a person after they sign in: the page they were sent away from, if it is a
 * path on this site; never another site (`//evil.example` or `https://…`).
 */
export function safeRedirectTarget(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  return value;
}
