import Stripe from 'stripe';

export interface StripeGatewayConfig {
  /** `sk_live_…` / `sk_test_…`: stays on the server. */
  secretKey: string;
  /** `pk_live_…` / `pk_test_…`: handed to the dashboard for Stripe.js. */
  publishableKey: string;
  /** Only to point the SDK elsewhere than api.stripe.com, e.g. at stripe-mock in tests. */
  host?: string;
  port?: number;
  protocol?: 'http' | 'https';
  /** Tests pass one that records what is sent; production uses the SDK's own Node client. */
  httpClient?: Stripe.HttpClient;
}

/**
 * The SDK client the gateway talks through. A few network retries inside the SDK are
 * safe because every money-moving request carries our own idempotency key; past those,
 * the error reaches the Temporal activity, which retries with the same key.
 */
export function createStripeClient(config: StripeGatewayConfig): Stripe {
  return new Stripe(config.secretKey, {
    maxNetworkRetries: 2,
    timeout: 30_000,
    appInfo: { name: 'Atrium' },
    ...(config.host !== undefined && { host: config.host }),
    ...(config.port !== undefined && { port: config.port }),
    ...(config.protocol !== undefined && { protocol: config.protocol }),
    ...(config.httpClient !== undefined && { httpClient: config.httpClient }),
  });
}
