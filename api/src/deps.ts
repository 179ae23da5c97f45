import type { Mailer, MikroORM } from '@atrium/db';
import type { Client, Connection } from '@temporalio/client';
import type { Logger } from 'pino';
import type pg from 'pg';
import type { Auth } from './auth/better-auth';
import type { ApiConfig } from './config';
import type { ChatEvents } from './help/chat/stream/chat-events';
import type { ChatMessageLimit } from './help/chat/message-rate-limit';
import type { NotificationEvents } from './notifications/stream/notification-events';

/** What the routes need from the outside world, built once in main.ts (or by a test). */
export interface ApiDependencies {
  config: ApiConfig;
  orm: MikroORM;
  /** better-auth's own pool, on the same application role. */
  authPool: pg.Pool;
  auth: Auth;
  temporal: Client;
  /** /api/health's connection to Temporal: no retries, so a probe never outlives its answer. */
  temporalProbe: Connection;
  logger: Logger;
  mailer: Mailer;
  /** This process's LISTEN on new and read notices, for the bell's streams. */
  notificationEvents: NotificationEvents;
  /** This process's LISTEN on live-chat events, for the chat panel's and the console's streams. */
  chatEvents: ChatEvents;
  /** Chat lines per person per minute (429 beyond). */
  chatMessageLimit: ChatMessageLimit;
}
