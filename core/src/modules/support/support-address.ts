/** The support domain when none is configured: mail for `{company-slug}@support.localhost`. */
export const defaultSupportDomain = 'support.localhost';

/** A company's support address. */
export const supportAddressOf = (companySlug: string, domain: string = defaultSupportDomain) => `${companySlug}@${domain}`;

/**
 * The company slug an envelope recipient names, or null when the address is not one of
 * ours. A `+tag` after the slug is allowed (`acme+billing@…`), as forwarding rules add them.
 */
export function companySlugOfRecipient(address: string, domain: string = defaultSupportDomain): string | null {
  const match = /^([a-z0-9][a-z0-9-]{0,63})(?:\+[^@]*)?@(.+)$/i.exec(address.trim());
  if (!match || match[2]!.toLowerCase() !== domain.toLowerCase()) return null;
  return match[1]!.toLowerCase();
}
