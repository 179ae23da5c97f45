import { MikroORM, ormConfig } from '@atrium/db';
import pino from 'pino';
import { databaseUrlFromEnv, temporalSettingsFromEnv } from './config';
import { createWorker } from './create-worker';

const log = pino({ name: 'worker', level: process.env.LOG_LEVEL ?? 'info' });
const temporal = temporalSettingsFromEnv();
const orm = await MikroORM.init(ormConfig(databaseUrlFromEnv()));
const { worker, connection } = await createWorker({ orm, temporal });

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
