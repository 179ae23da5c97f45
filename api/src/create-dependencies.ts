import { createMailer, MikroORM, ormConfig } from '@atrium/db';
import pg from 'pg';
import pino, { type Logger } from 'pino';
import { createAuth } from './auth/better-auth';
import type { ApiConfig } from './config';
import type { ApiDependencies } from './deps';
import { ChatEvents } from './help/chat/stream/chat-events';
import { createChatMessageLimit } from './help/chat/message-rate-limit';
import { NotificationEvents } from './notifications/stream/notification-events';
import { logPoolErrors } from './pg-pool-errors';
import { createTemporalClient, createTemporalProbe } from './temporal-client';

/** Everything the API talks to, built from its config (main.ts and tests alike). */
export async function createApiDependencies(config: ApiConfig, logger: Logger = pino({ name: 'api', level: config.logLevel })): Promise<ApiDependencies> {
  const orm = await MikroORM.init(ormConfig(config.databaseUrl));
  const authPool = logPoolErrors(new pg.Pool({ connectionString: config.databaseUrl, max: 10 }), logger, 'auth');
  const mailer = createMailer({ orm, ...(config.smtpUrl ? { smtpUrl: config.smtpUrl } : {}), ...(config.mailFrom ? { from: config.mailFrom } : {}) });
  return {
    config,
    orm,
    authPool,
    mailer,
    auth: createAuth({ pool: authPool, secret: config.authSecret, publicUrl: config.publicUrl, mailer }),
    temporal: createTemporalClient(config.temporal),
    temporalProbe: createTemporalProbe(config.temporal),
    logger,
    notificationEvents: new NotificationEvents(config.databaseUrl, logger),
    chatEvents: new ChatEvents(config.databaseUrl, logger),
    chatMessageLimit: createChatMessageLimit(authPool, config.chat.messagesPerMinute),
  };
}

export async function closeApiDependencies(deps: ApiDependencies): Promise<void> {
  await Promise.allSettled([deps.notificationEvents.close(), deps.chatEvents.close(), deps.orm.close(true), deps.authPool.end(), deps.temporal.connection.close(), deps.temporalProbe.close()]);
}
