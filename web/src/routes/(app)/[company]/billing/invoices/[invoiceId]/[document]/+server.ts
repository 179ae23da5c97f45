import { error, redirect } from '@sveltejs/kit';
import { apiBaseUrl, applySetCookies, copyIdentityHeaders, isTimeout, logUnreachable } from '#lib/server/api';
import { companyPath } from '#lib/server/company-path';
import type { RequestHandler } from './$types';

const documents = new Set(['invoice', 'receipt']);
const downloadTimeoutMs = 30_000;

/**
 * An invoice or its receipt as the PDF the API stored when it was issued, streamed to the
 * browser with the person's own session: the billing history links here, so a download
 * works without JavaScript and the API decides who may read it (owners and billing
 * managers of this company).
 */
export const GET: RequestHandler = async (event) => {
  const { company, invoiceId, document } = event.params;
  if (!documents.has(document)) error(404, 'There is an invoice and a receipt, nothing else.', { code: 'not_found' });

  const headers = new Headers({ accept: 'application/pdf, application/json' });
  copyIdentityHeaders(event, headers);
  const cookie = event.request.headers.get('cookie');
  if (cookie) headers.set('cookie', cookie);

  const path = `${companyPath(company, 'billing', 'invoices', invoiceId, 'pdf')}?document=${document}`;
  let upstream: Response;
  try {
    upstream = await fetch(`${apiBaseUrl()}${path}`, { headers, redirect: 'manual', signal: AbortSignal.timeout(downloadTimeoutMs) });
  } catch (failure) {
    logUnreachable('GET', path, failure);
    error(isTimeout(failure) ? 504 : 502, 'Atrium is not answering right now. Please try again in a moment.', { code: 'api_unreachable' });
  }
  applySetCookies(event.cookies, upstream.headers.getSetCookie());

  if (upstream.status === 401) redirect(303, `/login?redirectTo=${encodeURIComponent(`/${company}/billing`)}`);
  if (!upstream.ok) {
    const problem = (await upstream.json().catch(() => null)) as { error?: string; message?: string } | null;
    error(upstream.status, problem?.message ?? 'That document is not available.', { code: problem?.error ?? `http_${upstream.status}` });
  }

  return new Response(upstream.body, {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': upstream.headers.get('content-disposition') ?? `attachment; filename="${document}.pdf"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
};
