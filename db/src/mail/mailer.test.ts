import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../config';
import { OutboxMessage } from '../entities';
import { withTenant } from '../tenancy/tenant-context';
import { createMailer } from './mailer';

describe('the mailer', () => {
  let orm: MikroORM;
  let smtp: SMTPServer;
  let smtpPort: number;
  const received: Array<{ from: string; to: string[]; data: string }> = [];

  beforeAll(async () => {
    orm = await MikroORM.init(ormConfig(inject('databaseUrl')));
    // A real SMTP server on loopback, standing in for the one SMTP_URL names in production.
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
        stream.on('end', () => {
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    smtpPort = (smtp.server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
    await orm?.close(true);
  });

  it('delivers over SMTP when SMTP_URL is set, and keeps nothing in the outbox', async () => {
    const to = `smtp-${Date.now()}@example.com`;
    const mailer = createMailer({ orm, smtpUrl: `smtp://127.0.0.1:${smtpPort}`, from: 'Atrium <no-reply@atrium.test>' });
    expect(mailer.delivery).toBe('smtp');
    await mailer.send({ to, subject: 'Hello over SMTP', text: 'It travelled.' });
    expect(received.at(-1)).toMatchObject({ from: 'no-reply@atrium.test', to: [to] });
    expect(received.at(-1)?.data).toContain('Subject: Hello over SMTP');
    const kept = await withTenant(orm, { system: 'test: read outbox' }, (em) => em.count(OutboxMessage, { to }));
    expect(kept).toBe(0);
  });

  it('keeps the message in the outbox when no SMTP server is configured', async () => {
    const to = `outbox-${Date.now()}@example.com`;
    const mailer = createMailer({ orm });
    expect(mailer.delivery).toBe('outbox');
    await mailer.send({ to, subject: 'Hello outbox', text: 'Stored for the operator.' });
    const kept = await withTenant(orm, { system: 'test: read outbox' }, (em) => em.find(OutboxMessage, { to }));
    expect(kept.map((m) => [m.subject, m.text])).toEqual([['Hello outbox', 'Stored for the operator.']]);
  });
});
