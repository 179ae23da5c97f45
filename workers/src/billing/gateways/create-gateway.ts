import type { MikroORM } from '@atrium/db';
import type { PaymentGateway } from './payment-gateway';
import { createSandboxGateway } from './sandbox/sandbox-gateway';
import { createStripeGateway } from './stripe/stripe-gateway';

/**
 * `stripe` when a secret key is configured, else the offline `sandbox` (test mode).
 * ATRIUM_SANDBOX_CHARGE_LATENCY_MS slows sandbox charges down, to watch (or crash) a charge in flight.
 */
export function gatewayFromEnv(orm: MikroORM, env: NodeJS.ProcessEnv = process.env): PaymentGateway {
  if (env.STRIPE_SECRET_KEY) {
    return createStripeGateway({ secretKey: env.STRIPE_SECRET_KEY, publishableKey: env.STRIPE_PUBLISHABLE_KEY ?? '' });
  }
  return createSandboxGateway({ orm, chargeLatencyMs: Number(env.ATRIUM_SANDBOX_CHARGE_LATENCY_MS ?? 0) });
}
