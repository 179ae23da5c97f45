import { defaultChatAnswerTimeoutMs } from '@atrium/core';
import { assertProductionDatabaseUrl, assertProductionSecret, developmentAuthSecret, operatorSecret } from '@atrium/db';
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
  /** The doors of api/src/auth/doors.ts (sign-in, sign-up, password reset…): see rate-limit.ts. */
  rateLimits: RateLimits;
  /**
   * Under test, every JSON answer is parsed with the route's documented schema and a
   * mismatch is a 500: the dashboard's generated client trusts those schemas.
   */
  checkResponses: boolean;
  /** How often the bell's event stream sends a keep-alive comment, so idle proxies keep it open. */
  notificationHeartbeatMs: number;
  /** The operator console (api/src/operator): its own secret and where its Temporal links go. */
  operator: OperatorConfig;
  /** Live chat with Atrium support (api/src/help/chat). */
  chat: ChatConfig;
  /** Support desk: the inbound SMTP listener and the public ticket form. */
  support: SupportConfig;
}

export interface ChatConfig {
  /**
   * ATRIUM_CHAT_ANSWER_TIMEOUT_SECONDS (default 120): how long a new chat waits for an
   * operator's first answer before its `chat:{id}` workflow turns it into a ticket. Each
   * chat keeps the value it started with. The browser test sets a few seconds.
   */
  answerTimeoutMs: number;
  /** ATRIUM_CHAT_MESSAGES_PER_MINUTE (default 20): lines one person may post per minute, then 429. */
  messagesPerMinute: number;
}

export interface SupportConfig {
  /** Mail for `{company-slug}@<domain>` becomes tickets (ATRIUM_SUPPORT_DOMAIN, default support.localhost). */
  domain: string;
  /** The inbound SMTP listener's port and interface (ATRIUM_SUPPORT_SMTP_PORT, default 2525; HOST). */
  smtpPort: number;
  /** A mail larger than this is refused (552) while it is sent (ATRIUM_SUPPORT_MAX_MAIL_BYTES, default 10 MB). */
  maxMailBytes: number;
  /** Tickets the public form takes from one address per company in 15 minutes (ATRIUM_SUPPORT_FORM_REQUESTS, default 5). */
  formRequestsPerAddress: number;
}

export interface OperatorConfig {
  /**
   * ATRIUM_OPERATOR_SECRET: keys operator session tokens and seals TOTP secrets. No
   * default in production (32+ bytes, not a public value); the development one elsewhere.
   */
  secret: string;
  /** The Temporal Web UI (TEMPORAL_UI_URL) the console links a company's workflows to. */
  temporalUiUrl: string;
  /** Mark the operator cookie Secure: the dashboard is served over https. */
  secureCookie: boolean;
}

export interface RateLimits {
  /** Failed sign-ins in a row for one account from one address before it waits `blockMinutes`. */
  consecutiveFailures: number;
  /** Failed sign-ins from one address, over any accounts, per hour before it waits an hour. */
  failuresPerAddress: number;
  /** Requests to one door from one address per 15 minutes. */
  requestsPerAddress: number;
  blockMinutes: number;
}

/** Production defaults: a person who mistypes never meets them, a script soon does. */
export const defaultRateLimits: RateLimits = { consecutiveFailures: 10, failuresPerAddress: 100, requestsPerAddress: 100, blockMinutes: 15 };

export function apiConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) throw new Error("Set DATABASE_URL to the application role's PostgreSQL URL.");
  const production = env.NODE_ENV === 'production';
  if (production) {
    assertProductionSecret('BETTER_AUTH_SECRET', env.BETTER_AUTH_SECRET);
    assertProductionDatabaseUrl('DATABASE_URL', databaseUrl);
  }
  const host = env.HOST || '127.0.0.1';
  const publicUrl = env.PUBLIC_URL ?? 'http://localhost:3000';
  return {
    port: Number(env.PORT ?? 4000),
    host,
    databaseUrl,
    publicUrl,
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
    rateLimits: {
      consecutiveFailures: positiveInteger('ATRIUM_RATE_LIMIT_CONSECUTIVE_FAILURES', env.ATRIUM_RATE_LIMIT_CONSECUTIVE_FAILURES, defaultRateLimits.consecutiveFailures),
      failuresPerAddress: positiveInteger('ATRIUM_RATE_LIMIT_FAILURES_PER_ADDRESS', env.ATRIUM_RATE_LIMIT_FAILURES_PER_ADDRESS, defaultRateLimits.failuresPerAddress),
      requestsPerAddress: positiveInteger('ATRIUM_RATE_LIMIT_REQUESTS_PER_ADDRESS', env.ATRIUM_RATE_LIMIT_REQUESTS_PER_ADDRESS, defaultRateLimits.requestsPerAddress),
      blockMinutes: positiveInteger('ATRIUM_RATE_LIMIT_BLOCK_MINUTES', env.ATRIUM_RATE_LIMIT_BLOCK_MINUTES, defaultRateLimits.blockMinutes),
    },
    checkResponses: env.NODE_ENV === 'test',
    operator: {
      secret: operatorSecret(env.ATRIUM_OPERATOR_SECRET, { production }),
      temporalUiUrl: (env.TEMPORAL_UI_URL || 'http://localhost:8233').replace(/\/+$/, ''),
      secureCookie: publicUrl.startsWith('https://'),
    },
    notificationHeartbeatMs: 25_000,
    chat: {
      answerTimeoutMs: positiveInteger('ATRIUM_CHAT_ANSWER_TIMEOUT_SECONDS', env.ATRIUM_CHAT_ANSWER_TIMEOUT_SECONDS, defaultChatAnswerTimeoutMs / 1000) * 1000,
      messagesPerMinute: positiveInteger('ATRIUM_CHAT_MESSAGES_PER_MINUTE', env.ATRIUM_CHAT_MESSAGES_PER_MINUTE, 20),
    },
    support: {
      domain: (env.ATRIUM_SUPPORT_DOMAIN || 'support.localhost').toLowerCase(),
      smtpPort: positiveInteger('ATRIUM_SUPPORT_SMTP_PORT', env.ATRIUM_SUPPORT_SMTP_PORT, 2525),
      maxMailBytes: positiveInteger('ATRIUM_SUPPORT_MAX_MAIL_BYTES', env.ATRIUM_SUPPORT_MAX_MAIL_BYTES, 10 * 1024 * 1024),
      formRequestsPerAddress: positiveInteger('ATRIUM_SUPPORT_FORM_REQUESTS', env.ATRIUM_SUPPORT_FORM_REQUESTS, 5),
    },
  };
}

function positiveInteger(variable: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`${variable} must be a whole number of 1 or more, not ${JSON.stringify(value)}.`);
  return parsed;
}

/** 127.0.0.0/8, ::1 and localhost: reachable from this machine only. 0.0.0.0 and :: are every interface. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}
