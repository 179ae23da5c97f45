import Stripe from 'stripe';

export interface SentToStripe {
  method: string;
  /** Path with its query string, e.g. `/v1/setup_intents/seti_1?expand[0]=payment_method` (decoded). */
  path: string;
  idempotencyKey: string | undefined;
  /** The form-encoded body, decoded: `form.get('metadata[atrium_company_id]')`. */
  form: URLSearchParams;
}

/** The SDK's own Node HTTP client, noting every request before it goes out. */
export function recordingHttpClient(): { httpClient: Stripe.HttpClient; sent: SentToStripe[] } {
  const inner = Stripe.createNodeHttpClient();
  const sent: SentToStripe[] = [];
  const httpClient: Stripe.HttpClient = {
    getClientName: () => 'atrium-recording',
    makeRequest(host, port, path, method, headers, requestData, protocol, timeout) {
      const idempotencyKey = Object.entries(headers).find(([name]) => name.toLowerCase() === 'idempotency-key')?.[1];
      sent.push({
        method,
        path: decodeURIComponent(path),
        idempotencyKey: idempotencyKey === undefined ? undefined : String(idempotencyKey),
        form: new URLSearchParams(requestData),
      });
      return inner.makeRequest(host, port, path, method, headers, requestData, protocol, timeout);
    },
  };
  return { httpClient, sent };
}
