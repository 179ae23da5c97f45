import { createMailer, MikroORM, ormConfig } from '@atrium/db';
import pino from 'pino';
import { databaseUrlFromEnv, temporalSettingsFromEnv } from './config';
import { ensureCardExpirySchedule } from './billing/card-expiry/ensure-card-expiry-schedule';
import { gatewayFromEnv } from './billing/gateways/create-gateway';
import { createWorker } from './create-worker';

const log = pino({ name: 'worker', level: process.env.LOG_LEVEL ?? 'info' });
const temporal = temporalSettingsFromEnv();
const orm = await MikroORM.init(ormConfig(databaseUrlFromEnv()));
const mailer = createMailer({
  orm,
  ...(process.env.SMTP_URL ? { smtpUrl: process.env.SMTP_URL } : {}),
  ...(process.env.MAIL_FROM ? { from: process.env.MAIL_FROM } : {}),
});
const gateway = gatewayFromEnv(orm);
const { worker, connection } = await createWorker({ orm, gateway, mailer, temporal });
log.info({ schedule: await ensureCardExpirySchedule(temporal), gateway: gateway.name }, 'card-expiry schedule');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log.info({ signal }, 'shutting down the worker');
    worker.shutdown();
  });
}

log.info({ address: temporal.address, namespace: temporal.namespace, taskQueue: temporal.taskQueue }, 'worker started');
await worker.run();
await connection.close();
await orm.close(true);
log.info('worker stopped');
