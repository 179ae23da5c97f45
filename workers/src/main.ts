import { createMailer, MikroORM, ormConfig } from '@atrium/db';
import { Client, Connection } from '@temporalio/client';
import pino from 'pino';
import { databaseUrlFromEnv, temporalSettingsFromEnv } from './config';
import { ensureCardExpirySchedule } from './billing/card-expiry/ensure-card-expiry-schedule';
import { gatewayFromEnv } from './billing/gateways/create-gateway';
import { createWorker } from './create-worker';
import { workerTuningFromEnv } from './worker-tuning';
import { ensureDigestSchedule } from './notifications/digest/ensure-digest-schedule';
import { connectionOptions } from './temporal-connection';

const log = pino({ name: 'worker', level: process.env.LOG_LEVEL ?? 'info' });
const temporal = temporalSettingsFromEnv();
// Enough connections for the activities that run at once (bench/renewals saw them queue at 10).
const orm = await MikroORM.init(ormConfig(databaseUrlFromEnv(), { pool: { min: 0, max: 25 } }));
const mailer = createMailer({
  orm,
  ...(process.env.SMTP_URL ? { smtpUrl: process.env.SMTP_URL } : {}),
  ...(process.env.MAIL_FROM ? { from: process.env.MAIL_FROM } : {}),
});
const gateway = gatewayFromEnv(orm);
const clientConnection = await Connection.connect(connectionOptions(temporal));
const workflowClient = { client: new Client({ connection: clientConnection, namespace: temporal.namespace }), taskQueue: temporal.taskQueue };
const tuning = workerTuningFromEnv(import.meta.url);
const { worker, connection } = await createWorker({ orm, gateway, mailer, workflowClient, temporal, tuning });
log.info({ schedule: await ensureCardExpirySchedule(temporal), gateway: gateway.name }, 'card-expiry schedule');
log.info({ schedule: await ensureDigestSchedule(temporal) }, 'notification-digest schedule');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log.info({ signal }, 'shutting down the worker');
    worker.shutdown();
  });
}

log.info(
  { address: temporal.address, namespace: temporal.namespace, taskQueue: temporal.taskQueue, workflowBundle: tuning.workflowBundle && 'codePath' in tuning.workflowBundle ? tuning.workflowBundle.codePath : 'bundled at start', maxCachedWorkflows: tuning.maxCachedWorkflows },
  'worker started',
);
await worker.run();
await connection.close();
await clientConnection.close();
await orm.close(true);
log.info('worker stopped');
