import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pino from 'pino';
import { createApp } from '../app';
import { apiConfigFromEnv } from '../config';
import { closeApiDependencies, createApiDependencies } from '../create-dependencies';
import type { ApiDependencies } from '../deps';

describe('/api/health when Temporal is down', () => {
  let server: Server;
  let deps: ApiDependencies;
  let baseUrl: string;

  beforeAll(async () => {
    // An API like the real one, but pointed at a port where no Temporal listens.
    const config = apiConfigFromEnv({ DATABASE_URL: inject('databaseUrl'), TEMPORAL_ADDRESS: '127.0.0.1:1' });
    deps = await createApiDependencies(config, pino({ level: 'silent' }));
    const { app } = createApp(deps);
    server = app.listen(0);
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server?.close();
    if (deps) await closeApiDependencies(deps);
  });

  it('answers 503 and names Temporal as the part that is down', async () => {
    const response = await fetch(`${baseUrl}/api/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'degraded', database: 'up', temporal: 'down' });
  });
});
