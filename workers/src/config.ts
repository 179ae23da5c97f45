import { assertProductionDatabaseUrl } from '@atrium/db';
import { defaultTaskQueue } from '@atrium/workflows';
import type { TemporalSettings } from './temporal-connection';

export function temporalSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): TemporalSettings {
  return {
    address: env.TEMPORAL_ADDRESS ?? 'localhost:7233',
    namespace: env.TEMPORAL_NAMESPACE ?? 'default',
    taskQueue: env.TEMPORAL_TASK_QUEUE ?? defaultTaskQueue,
    ...(env.TEMPORAL_API_KEY ? { apiKey: env.TEMPORAL_API_KEY } : {}),
    tls: env.TEMPORAL_TLS === 'true',
  };
}

export function databaseUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to the application role\'s PostgreSQL URL.');
  // The worker signs nothing itself; its secret is the database password (and Stripe's key,
  // which Stripe issues). A development password in production opens every company's data.
  if (env.NODE_ENV === 'production') assertProductionDatabaseUrl('DATABASE_URL', url);
  return url;
}
