import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedAnswer {
  status: number;
  body: unknown;
}

/**
 * A local HTTP server standing in for api.stripe.com with answers a test scripts per
 * `METHOD /path` (query string ignored). It plays what stripe-mock cannot: state, such as
 * a SetupIntent the browser confirmed or a card the bank declined. The SDK still parses
 * every answer itself, so a 402 becomes a real `StripeCardError`.
 */
export class ScriptedStripe {
  readonly received: string[] = [];
  private readonly answers = new Map<string, ScriptedAnswer>();
  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(): Promise<ScriptedStripe> {
    let scripted: ScriptedStripe | undefined;
    const server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        const route = `${request.method} ${new URL(request.url ?? '/', 'http://stripe').pathname}`;
        scripted!.received.push(route);
        const answer = scripted!.answers.get(route) ?? { status: 500, body: { error: { type: 'api_error', message: `nothing scripted for ${route}` } } };
        // Tell the SDK not to retry, so one scripted answer is one request.
        response.writeHead(answer.status, { 'content-type': 'application/json', 'stripe-should-retry': 'false', 'request-id': 'req_scripted' });
        response.end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    scripted = new ScriptedStripe(server, (server.address() as AddressInfo).port);
    return scripted;
  }

  answer(route: string, status: number, body: unknown): void {
    this.answers.set(route, { status, body });
  }

  reset(): void {
    this.answers.clear();
    this.received.length = 0;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Just the fields the gateway reads, in the shapes Stripe's API returns them. */
export const stripeObjects = {
  paymentIntent: (status: string, extra: Record<string, unknown> = {}) => ({
    id: 'pi_renewal',
    object: 'payment_intent',
    status,
    amount: 4900,
    currency: 'eur',
    last_payment_error: null,
    ...extra,
  }),
  visaCard: (customer: string | null) => ({
    id: 'pm_visa',
    object: 'payment_method',
    type: 'card',
    customer,
    card: { brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030 },
  }),
  setupIntent: (status: string, customer: string | null, paymentMethod: unknown, extra: Record<string, unknown> = {}) => ({
    id: 'seti_from_the_browser',
    object: 'setup_intent',
    status,
    customer,
    payment_method: paymentMethod,
    last_setup_error: null,
    ...extra,
  }),
  cardError: (fields: Record<string, unknown>) => ({ error: { type: 'card_error', ...fields } }),
};
