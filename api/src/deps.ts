import type { Mailer, MikroORM } from '@atrium/db';
import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import type pg from 'pg';
import type { Auth } from './auth/better-auth';
import type { ApiConfig } from './config';
import type { NotificationEvents } from './notifications/stream/notification-events';

/** What the routes need from the outside world, built once in main.ts (or by a test). */
export interface ApiDependencies {
  config: ApiConfig;
  orm: MikroORM;
  /** better-auth's own pool, on the same application role. */
  authPool: pg.Pool;
  auth: Auth;
  temporal: Client;
  logger: Logger;
  mailer: Mailer;
  /** This process's LISTEN on new and read notices, for the bell's streams. */
  notificationEvents: NotificationEvents;
}
