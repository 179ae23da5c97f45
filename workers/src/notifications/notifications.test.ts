import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { Client, Connection } from '@temporalio/client';
import { MikroORM, Notification, notifyModuleUpdate, OutboxMessage, ormConfig, withTenant } from '@atrium/db';
import { createCompanyWithOwner } from '@atrium/db/testing';
import { notificationDigestScheduleId } from '@atrium/workflows';
import { createActivities } from '../activities';
import { testActivityDependencies } from '../../test/activity-dependencies';
import { ensureDigestSchedule } from './digest/ensure-digest-schedule';

/** SQL as the owner in a named system context (fixtures the API cannot make). */
async function asOwner(sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: inject('ownerUrl') });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('app.system_context', 'test: notification fixtures', true)`);
    const result = await client.query(sql, params);
    await client.query('commit');
    return result.rows as Array<Record<string, unknown>>;
  } finally {
    await client.end();
  }
}

async function addPerson(companyId: string, role: string, moduleRoles: Record<string, string> = {}) {
  const userId = `user-${randomUUID()}`;
  await asOwner(`insert into "user" (id, name, email, "emailVerified", "createdAt", "updatedAt") values ($1, $1, $2, false, now(), now())`, [userId, `${userId}@example.com`]);
  await asOwner(`insert into membership (id, company_id, user_id, role, module_roles, created_at) values ($1, $2, $3, $4, $5, now())`, [randomUUID(), companyId, userId, role, JSON.stringify(moduleRoles)]);
  return { userId, email: `${userId}@example.com` };
}

const notice = (companyId: string, category: string, title: string, at: string) =>
  asOwner(`insert into notification (id, company_id, kind, category, title, body, dedupe_key, created_at) values ($1, $2, $3, $3, $4, 'Body', $5, $6)`, [randomUUID(), companyId, category, title, `test:${randomUUID()}`, at]);

describe('notifications the worker sends', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await MikroORM.init(ormConfig(inject('databaseUrl')));
  });
  afterAll(() => orm?.close(true));

  const mailsTo = (email: string) => withTenant(orm, { system: 'test: read outbox' }, (em) => em.find(OutboxMessage, { to: email }));

  it("mails the day's unread notices to each person who chose the digest, once, and nobody else", async () => {
    const { sendNotificationDigests } = createActivities(testActivityDependencies(orm));
    const day = '2031-05-14';
    const digesting = await createCompanyWithOwner(inject('ownerUrl'), 'Digest Co', { billingRows: false });
    const quiet = await createCompanyWithOwner(inject('ownerUrl'), 'Quiet Co', { billingRows: false });
    await asOwner(`update notification_digest set enabled = true where company_id = $1`, [digesting.companyId]);
    for (const company of [digesting, quiet]) {
      await notice(company.companyId, 'billing', 'Your next charge: €34.51 on 2031-05-21', `${day}T09:00:00Z`);
      await notice(company.companyId, 'onboarding', 'Pick up your setup', `${day}T15:00:00Z`);
      await notice(company.companyId, 'onboarding', 'Yesterday’s reminder', '2031-05-13T15:00:00Z');
    }
    const member = await addPerson(digesting.companyId, 'member');
    await asOwner(`insert into notification_digest (company_id, user_id, enabled, last_sent_on, updated_at) values ($1, $2, true, null, now())`, [digesting.companyId, member.userId]);

    await sendNotificationDigests({ day });
    await sendNotificationDigests({ day });

    const owner = `${digesting.userId}@example.com`;
    const [digest, ...more] = await mailsTo(owner);
    expect(more).toEqual([]);
    expect(digest!.subject).toBe('Digest Co: 2 unread notices today');
    expect(digest!.text).toContain('Your next charge: €34.51 on 2031-05-21 (Invoices, charges and cards)');
    expect(digest!.text).toContain('Pick up your setup');
    expect(digest!.text).not.toContain('Yesterday');
    // The member sees no billing notice, so theirs lists the reminder only.
    expect((await mailsTo(member.email)).map((mail) => mail.subject)).toEqual(['Digest Co: 1 unread notice today']);
    expect(await mailsTo(`${quiet.userId}@example.com`)).toEqual([]);
  });

  it('runs the digest daily as a Temporal Schedule, created once', async () => {
    const temporal = { address: inject('temporalAddress'), namespace: 'default', taskQueue: inject('taskQueue'), tls: false };
    expect(['created', 'exists']).toContain(await ensureDigestSchedule(temporal));
    expect(await ensureDigestSchedule(temporal)).toBe('exists');
    const connection = await Connection.connect({ address: temporal.address });
    try {
      const schedule = await new Client({ connection }).schedule.getHandle(notificationDigestScheduleId).describe();
      expect(schedule.action).toMatchObject({ type: 'startWorkflow', workflowType: 'notificationDigestWorkflow' });
      expect(schedule.spec.calendars?.[0]).toMatchObject({ hour: [{ start: 17, end: 17, step: 1 }] });
    } finally {
      await connection.close();
    }
  });

  it('fans a module update out to the companies that have the module, once, and mails only those who can open it and want it', async () => {
    const withCrm = await createCompanyWithOwner(inject('ownerUrl'), 'Has CRM', { billingRows: false });
    const withoutCrm = await createCompanyWithOwner(inject('ownerUrl'), 'No CRM', { billingRows: false });
    await asOwner(
      `insert into module_installation (company_id, module, status, completed_setup_steps, provisioned_at) values ($1, 'crm', 'active', '[]', now())`,
      [withCrm.companyId],
    );
    const viewer = await addPerson(withCrm.companyId, 'member', { crm: 'viewer' });
    const outsider = await addPerson(withCrm.companyId, 'member');
    for (const person of [viewer, outsider]) {
      await asOwner(`insert into notification_preference (company_id, user_id, category, in_app, mail, updated_at) values ($1, $2, 'module_updates', true, true, now())`, [withCrm.companyId, person.userId]);
    }
    const update = { module: 'crm' as const, updateId: randomUUID(), title: 'CRM: deals now have a forecast', body: 'Weighted by stage.' };

    const first = await notifyModuleUpdate(orm, testActivityDependencies(orm).mailer, update);
    const again = await notifyModuleUpdate(orm, testActivityDependencies(orm).mailer, update);
    expect(first.companies).toBeGreaterThanOrEqual(1);
    expect(again.created).toBe(0);

    const updates = (companyId: string) => withTenant(orm, { companyId }, (em) => em.find(Notification, { kind: 'module_update' }));
    expect((await updates(withCrm.companyId)).map((n) => [n.category, n.module, n.title])).toEqual([['module_updates', 'crm', update.title]]);
    expect(await updates(withoutCrm.companyId)).toEqual([]);
    expect((await mailsTo(viewer.email)).map((mail) => mail.subject)).toEqual([update.title]);
    expect(await mailsTo(outsider.email)).toEqual([]);
    // The owner chose no mail for module updates (the fixture's preference), so theirs is in the app only.
    expect(await mailsTo(`${withCrm.userId}@example.com`)).toEqual([]);
  });
});
