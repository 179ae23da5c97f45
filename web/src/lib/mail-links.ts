/** A mail's text cut into plain runs and links, so the outbox page can make links clickable. */
export type MailPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

// Paths this dashboard answers: invitation (member and project guest) and password-reset links, and better-auth's own
// links (email verification), which go through the /api proxy; and a company's own pages
// (`/{companyId}/…`, where a notice's mail sends its reader, e.g. a support ticket's answer).
const dashboardPaths = ['/invite/', '/guest-invite/', '/reset-password', '/api/', '/login', '/signup'];
const companyPage = /^\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\/|$)/;

/**
 * The API writes links with its PUBLIC_URL, but the person reading a local outbox may have
 * opened the dashboard under another address (127.0.0.1 rather than localhost, a forwarded
 * port). Links into the dashboard therefore open on the address they are using; any other
 * link is left as it is.
 */
export function mailParts(text: string): MailPart[] {
  const parts: MailPart[] = [];
  let last = 0;
  for (const match of text.matchAll(/https?:\/\/[^\s<>"']+/g)) {
    // A sentence's closing punctuation is not part of the link.
    const url = match[0].replace(/[.,;:!?)\]]+$/, '');
    const start = match.index;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', text: url, href: dashboardHref(url) });
    last = start + url.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

function dashboardHref(url: string): string {
  try {
    const parsed = new URL(url);
    const intoDashboard = dashboardPaths.some((path) => parsed.pathname.startsWith(path)) || companyPage.test(parsed.pathname);
    return intoDashboard ? `${parsed.pathname}${parsed.search}${parsed.hash}` : url;
  } catch {
    return url;
  }
}
