import { describe, expect, it } from 'vitest';
import { apiConfigFromEnv, isLoopback } from './config';

const local = { DATABASE_URL: 'postgres://atrium_app:atrium_app@127.0.0.1:54329/atrium' };

describe('where the API listens, and the dev mail outbox', () => {
  it('listens on loopback unless HOST says otherwise', () => {
    expect(apiConfigFromEnv(local).host).toBe('127.0.0.1');
    expect(apiConfigFromEnv({ ...local, HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('serves the outbox on a loopback-only local install that asks for it', () => {
    expect(apiConfigFromEnv({ ...local, ATRIUM_DEV_OUTBOX: 'true' }).devOutbox).toBe(true);
    expect(apiConfigFromEnv({ ...local, HOST: 'localhost', ATRIUM_DEV_OUTBOX: 'true' }).devOutbox).toBe(true);
    expect(apiConfigFromEnv({ ...local, HOST: '::1', ATRIUM_DEV_OUTBOX: 'true' }).devOutbox).toBe(true);
    expect(apiConfigFromEnv(local).devOutbox).toBe(false);
  });

  it('turns the outbox off when the API listens beyond loopback, whatever ATRIUM_DEV_OUTBOX says', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'atrium.example.com']) {
      expect(apiConfigFromEnv({ ...local, HOST: host, ATRIUM_DEV_OUTBOX: 'true' }).devOutbox, host).toBe(false);
    }
  });

  it('never serves the outbox in production', () => {
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://atrium_app:a-real-password-9f3k@db.internal/atrium',
      BETTER_AUTH_SECRET: 'Vx3k9-a-long-random-production-secret-4f1c2b7e',
      ATRIUM_OPERATOR_SECRET: 'Qm7r2-another-long-random-operator-secret-9d0a',
      ATRIUM_DEV_OUTBOX: 'true',
    };
    expect(apiConfigFromEnv(production).devOutbox).toBe(false);
  });

  it('knows loopback addresses from the rest', () => {
    expect(['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', 'LOCALHOST'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '::', '10.0.0.1', '127.0.0.1.example.com', 'example.com'].some(isLoopback)).toBe(false);
  });
});

describe('the operator console', () => {
  it('links the Temporal UI of TEMPORAL_UI_URL, the local dev server by default', () => {
    expect(apiConfigFromEnv(local).operator.temporalUiUrl).toBe('http://localhost:8233');
    expect(apiConfigFromEnv({ ...local, TEMPORAL_UI_URL: 'https://temporal.example.com/' }).operator.temporalUiUrl).toBe('https://temporal.example.com');
  });

  it('marks its cookie Secure when the dashboard is served over https', () => {
    expect(apiConfigFromEnv(local).operator.secureCookie).toBe(false);
    expect(apiConfigFromEnv({ ...local, PUBLIC_URL: 'https://atrium.example.com' }).operator.secureCookie).toBe(true);
  });
});
