import { createApp } from './app';
import { apiConfigFromEnv } from './config';
import { closeApiDependencies, createApiDependencies } from './create-dependencies';

const config = apiConfigFromEnv();
const deps = await createApiDependencies(config);
const { logger } = deps;

const { app } = createApp(deps);
const server = app.listen(config.port, () =>
  logger.info({ port: config.port, mail: deps.mailer.delivery }, `API listening on http://localhost:${config.port}/api`),
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down the API');
    server.close(async () => {
      await closeApiDependencies(deps);
      process.exit(0);
    });
  });
}
