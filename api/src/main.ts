import { MikroORM, ormConfig } from '@atrium/db';
import pg from 'pg';
import pino from 'pino';
import { createAuth } from './auth/better-auth';
import { createApp } from './app';
import { apiConfigFromEnv } from './config';
import type { ApiDependencies } from './deps';
import { createTemporalClient } from './temporal-client';

const config = apiConfigFromEnv();
const logger = pino({ name: 'api', level: config.logLevel });
const orm = await MikroORM.init(ormConfig(config.databaseUrl));
const authPool = new pg.Pool({ connectionString: config.databaseUrl, max: 10 });
const deps: ApiDependencies = {
  config,
  orm,
  authPool,
  auth: createAuth({ pool: authPool, secret: config.authSecret, publicUrl: config.publicUrl }),
  temporal: createTemporalClient(config.temporal),
  logger,
};

const { app } = createApp(deps);
const server = app.listen(config.port, () => logger.info({ port: config.port }, `API listening on http://localhost:${config.port}/api`));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down the API');
    server.close(async () => {
      await Promise.allSettled([orm.close(true), authPool.end(), deps.temporal.connection.close()]);
      process.exit(0);
    });
  });
}
