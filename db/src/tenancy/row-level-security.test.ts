import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../config';
import { Company, Membership, Notification } from '../entities';
import { withTenant } from './tenant-context';
import { createCompanyWithOwner } from '../../test/companies';

/** Every tenant-owned table: the fixture writes a row to each for both companies. */
const tenantTables = [
  'company',
  'membership',
  'notification',
  'notification_read',
  'notification_preference',
  'notification_digest',
  'invitation',
  'audit_event',
  'company_logo',
  'subscription',
  'subscription_item',
  'invoice',
  'invoice_line',
  'invoice_document',
  'payment',
  'payment_method',
  'payment_customer',
  'sandbox_charge',
  'module_trial',
  'module_installation',
  'module_setting',
  'crm_organization',
  'crm_contact',
  'crm_deal',
  'crm_activity',
  'crm_task',
  'help_chat',
  'help_chat_message',
  'help_ticket',
  'help_ticket_attachment',
  'help_ticket_message',
  'hr_employee',
  'hr_leave_request',
  'finance_bank_account',
  'finance_bank_transaction',
  'finance_expense_claim',
  'finance_receipt',
  'project',
  'project_task',
  'project_checklist_item',
  'project_comment',
  'project_milestone',
  'project_guest',
  'support_message',
  'support_saved_reply',
  'support_ticket',
  'cms_site',
  'cms_page',
  'cms_page_revision',
  'cms_media',
  'cms_page_view_day',
  'analytics_dashboard',
  'analytics_widget',
  'analytics_report',
  'analytics_report_run',
  'onboarding_checklist',
];

describe('row-level security, as the application role', () => {
  let app: pg.Client;
  let orm: MikroORM;
  let acme: { companyId: string; userId: string };
  let globex: { companyId: string; userId: string };

  beforeAll(async () => {
    acme = await createCompanyWithOwner(inject('ownerUrl'), 'Acme');
    globex = await createCompanyWithOwner(inject('ownerUrl'), 'Globex');
    app = new pg.Client({ connectionString: inject('databaseUrl') });
    await app.connect();
    orm = await MikroORM.init(ormConfig(inject('databaseUrl')));
  });

  afterAll(async () => {
    await app?.end();
    await orm?.close(true);
  });

  async function countAs(variables: Record<string, string>, table: string): Promise<number> {
    await app.query('begin');
    try {
      for (const [name, value] of Object.entries(variables)) {
        await app.query('select set_config($1, $2, true)', [name, value]);
      }
      const result = await app.query(`select count(*)::int as n from ${table}`);
      return result.rows[0].n;
    } finally {
      await app.query('rollback');
    }
  }

  it('the application role owns nothing and cannot bypass row-level security', async () => {
    const role = await app.query(
      `select rolsuper, rolbypassrls, (select count(*)::int from pg_class c where c.relowner = r.oid and c.relnamespace = 'public'::regnamespace) as owned
       from pg_roles r where rolname = current_user`,
    );
    expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, owned: 0 });
  });

  it('every table with a company_id, and company itself, has row-level security forced', async () => {
    const tables = await app.query(
      `select c.relname, c.relrowsecurity, c.relforcerowsecurity from pg_class c
       where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
         and (c.relname = 'company' or exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'company_id'))
       order by c.relname`,
    );
    // Exactly the list above: a new tenant table must join it (and the fixture) to be tested.
    expect(tables.rows.map((row) => row.relname).sort()).toEqual([...tenantTables].sort());
    for (const row of tables.rows) {
      expect({ table: row.relname, rls: row.relrowsecurity, force: row.relforcerowsecurity }).toEqual({
        table: row.relname,
        rls: true,
        force: true,
      });
    }
  });

  it.each(tenantTables)('without a company set, %s shows zero rows', async (table) => {
    expect(await countAs({}, table)).toBe(0);
  });

  it.each(tenantTables)('with Acme set, %s never shows a Globex row', async (table) => {
    await app.query('begin');
    try {
      await app.query(`select set_config('app.company_id', $1, true)`, [acme.companyId]);
      const column = table === 'company' ? 'id' : 'company_id';
      const rows = await app.query(`select ${column} as company_id from ${table}`);
      expect(rows.rows.length).toBeGreaterThan(0);
      expect(new Set(rows.rows.map((row) => row.company_id))).toEqual(new Set([acme.companyId]));
    } finally {
      await app.query('rollback');
    }
  });

  it('a raw query through the tenant helper sees only its own company, even without a where clause', async () => {
    const seen = await withTenant(orm, { companyId: globex.companyId }, (em) =>
      em.getConnection().execute<{ company_id: string }[]>('select company_id from notification', [], 'all', em.getTransactionContext()),
    );
    expect(seen.map((row) => row.company_id)).toEqual([globex.companyId]);
  });

  it('Acme cannot write a row into Globex', async () => {
    await expect(
      withTenant(orm, { companyId: acme.companyId }, async (em) => {
        em.create(Notification, {
          id: crypto.randomUUID(),
          company: globex.companyId,
          kind: 'spoof',
          category: 'other',
          title: 'x',
          body: 'x',
          dedupeKey: 'spoof',
        });
        await em.flush();
      }),
    ).rejects.toThrow(/row-level security/);
  });

  it('a person sees their own memberships and companies across tenants, and no one else\'s', async () => {
    const { memberships, companies } = await withTenant(orm, { userId: acme.userId }, async (em) => ({
      memberships: await em.find(Membership, {}),
      companies: await em.find(Company, {}),
    }));
    expect(memberships.map((m) => m.userId)).toEqual([acme.userId]);
    expect(companies.map((c) => c.id)).toEqual([acme.companyId]);
  });

  it('the mail outbox, platform data, is out of reach of any company and of no context at all', async () => {
    expect(await countAs({}, 'outbox_message')).toBe(0);
    expect(await countAs({ 'app.company_id': acme.companyId }, 'outbox_message')).toBe(0);
    await app.query('begin');
    try {
      await app.query(`select set_config('app.company_id', $1, true)`, [acme.companyId]);
      await expect(app.query(`insert into outbox_message (id, "to", "from", subject, text, created_at) values (gen_random_uuid(), 'a@b.c', 'x', 'x', 'x', now())`)).rejects.toThrow(/row-level security/);
    } finally {
      await app.query('rollback');
    }
  });

  it('a named system context sees every company; an unnamed one is refused', async () => {
    const companies = await withTenant(orm, { system: 'test: cross-company scan' }, (em) => em.find(Company, {}));
    expect(companies.map((c) => c.id)).toEqual(expect.arrayContaining([acme.companyId, globex.companyId]));
    await expect(withTenant(orm, { system: ' ' }, (em) => em.find(Company, {}))).rejects.toThrow(/needs a name/);
  });
});
