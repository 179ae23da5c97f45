import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pg from 'pg';
import pino from 'pino';
import { MikroORM, ormConfig } from '@atrium/db';
import { createApp } from '../app';
import { createAuth } from '../auth/better-auth';
import { apiConfigFromEnv } from '../config';
import { createTemporalClient } from '../temporal-client';

describe('/api/health when Temporal is down', () => {
  let server: Server;
  let orm: MikroORM;
  let pool: pg.Pool;
  let baseUrl: string;

  beforeAll(async () => {
    // An API like the real one, but pointed at a port where no Temporal listens.
    const config = apiConfigFromEnv({ DATABASE_URL: inject('databaseUrl'), TEMPORAL_ADDRESS: '127.0.0.1:1' });
    orm = await MikroORM.init(ormConfig(config.databaseUrl));
    pool = new pg.Pool({ connectionString: config.databaseUrl });
    const { app } = createApp({
      config,
      orm,
      authPool: pool,
      auth: createAuth({ pool, secret: config.authSecret, publicUrl: config.publicUrl }),
      temporal: createTemporalClient(config.temporal),
      logger: pino({ level: 'silent' }),
    });
    server = app.listen(0);
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server?.close();
    await orm?.close(true);
    await pool?.end();
  });

  it('answers 503 and names Temporal as the part that is down', async () => {
    const response = await fetch(`${baseUrl}/api/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'degraded', database: 'up', temporal: 'down' });
  });
});
