/**
 * The Support desk's inbound mail listener, a process of its own (`npm start` and the
 * test stack start it; a service in docker-compose.yml): SMTP on ATRIUM_SUPPORT_SMTP_PORT
 * (2525 by default) for `{company-slug}@ATRIUM_SUPPORT_DOMAIN`.
 */
import { createMailer, MikroORM, ormConfig } from '@atrium/db';
import pino from 'pino';
import { apiConfigFromEnv } from './config';
import { createSupportSmtpServer } from './modules/support/inbound/smtp-listener';
import { createTemporalClient } from './temporal-client';

const config = apiConfigFromEnv();
const logger = pino({ name: 'support-mail', level: config.logLevel });
const orm = await MikroORM.init(ormConfig(config.databaseUrl, { pool: { min: 0, max: 5 } }));
const mailer = createMailer({ orm, ...(config.smtpUrl ? { smtpUrl: config.smtpUrl } : {}), ...(config.mailFrom ? { from: config.mailFrom } : {}) });
const temporal = createTemporalClient(config.temporal);
const server = createSupportSmtpServer({ orm, mailer, temporal, logger, config });
server.on('error', (error) => logger.error({ err: error }, 'support mail listener error'));
server.listen(config.support.smtpPort, config.host, () =>
  logger.info({ host: config.host, port: config.support.smtpPort, domain: config.support.domain }, `Support mail listening on ${config.host}:${config.support.smtpPort}`),
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(async () => {
      await Promise.allSettled([orm.close(true), temporal.connection.close()]);
      process.exit(0);
    });
  });
}
