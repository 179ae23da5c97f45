import { createApp } from './app';
import { apiConfigFromEnv } from './config';
import { closeApiDependencies, createApiDependencies } from './create-dependencies';

const config = apiConfigFromEnv();
const deps = await createApiDependencies(config);
const { logger } = deps;

const { app } = createApp(deps);
const server = app.listen(config.port, config.host, () =>
  logger.info(
    { host: config.host, port: config.port, mail: deps.mailer.delivery, devOutbox: config.devOutbox },
    `API listening on http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}/api`,
  ),
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
