import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsAsJson } from './errors-middleware';
import { HttpError } from './http-error';

describe('errorsAsJson', () => {
  let server: ReturnType<Koa['listen']>;
  let url: string;

  beforeAll(async () => {
    const app = new Koa();
    app.use(errorsAsJson());
    app.use((ctx) => {
      if (ctx.path === '/busy') {
        const busy = new HttpError(429, 'subscription_busy', 'Wait a moment, then try again.');
        busy.retryAfterSeconds = 2;
        throw busy;
      }
      throw new HttpError(409, 'conflict', 'Already done.');
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('tells a client how long to back off when a 429 says so', async () => {
    const response = await fetch(`${url}/busy`);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(await response.json()).toEqual({ error: 'subscription_busy', message: 'Wait a moment, then try again.' });
  });

  it('sends no Retry-After for a refusal that waiting does not fix', async () => {
    const response = await fetch(`${url}/other`);
    expect(response.status).toBe(409);
    expect(response.headers.get('retry-after')).toBeNull();
  });
});
