import { assertProductionDatabaseUrl, assertProductionSecret, developmentAuthSecret } from '@atrium/db';
import { defaultTaskQueue } from '@atrium/workflows';

export interface ApiConfig {
  port: number;
  /** The interface the API listens on: loopback unless HOST says otherwise. */
  host: string;
  databaseUrl: string;
  /** The dashboard's public origin: auth cookies and trusted origins are about it. */
  publicUrl: string;
  authSecret: string;
  temporal: { address: string; namespace: string; taskQueue: string; apiKey?: string; tls: boolean };
  logLevel: string;
  smtpUrl?: string;
  mailFrom?: string;
  /**
   * The local install's mail outbox page, for its operators: it shows every password-reset
   * and invitation link, so never on in production nor when the API listens beyond loopback.
   */
  devOutbox: boolean;
  /** `stripe` when STRIPE_SECRET_KEY is set (the worker charges through Stripe), else test mode. */
  paymentGateway: 'sandbox' | 'stripe';
  /** Verifies `POST /api/webhooks/stripe`; without it the endpoint answers 404. */
  stripeWebhookSecret?: string;
}

export function apiConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) throw new Error("Set DATABASE_URL to the application role's PostgreSQL URL.");
  const production = env.NODE_ENV === 'production';
  if (production) {
    assertProductionSecret('BETTER_AUTH_SECRET', env.BETTER_AUTH_SECRET);
    assertProductionDatabaseUrl('DATABASE_URL', databaseUrl);
  }
  const host = env.HOST || '127.0.0.1';
  return {
    port: Number(env.PORT ?? 4000),
    host,
    databaseUrl,
    publicUrl: env.PUBLIC_URL ?? 'http://localhost:3000',
    authSecret: env.BETTER_AUTH_SECRET || developmentAuthSecret,
    temporal: {
      address: env.TEMPORAL_ADDRESS ?? 'localhost:7233',
      namespace: env.TEMPORAL_NAMESPACE ?? 'default',
      taskQueue: env.TEMPORAL_TASK_QUEUE ?? defaultTaskQueue,
      ...(env.TEMPORAL_API_KEY ? { apiKey: env.TEMPORAL_API_KEY } : {}),
      tls: env.TEMPORAL_TLS === 'true',
    },
    logLevel: env.LOG_LEVEL ?? 'info',
    ...(env.SMTP_URL ? { smtpUrl: env.SMTP_URL } : {}),
    ...(env.MAIL_FROM ? { mailFrom: env.MAIL_FROM } : {}),
    devOutbox: !production && isLoopback(host) && env.ATRIUM_DEV_OUTBOX === 'true',
    paymentGateway: env.STRIPE_SECRET_KEY ? 'stripe' : 'sandbox',
    ...(env.STRIPE_WEBHOOK_SECRET ? { stripeWebhookSecret: env.STRIPE_WEBHOOK_SECRET } : {}),
  };
}

/** 127.0.0.0/8, ::1 and localhost: reachable from this machine only. 0.0.0.0 and :: are every interface. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}
