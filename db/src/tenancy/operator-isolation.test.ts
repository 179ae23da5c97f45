import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../config';
import { createOperator } from '../operator/create-operator';
import { developmentOperatorSecret } from '../secrets';
import { createCompanyWithOwner } from '../../test/companies';

/** Operator tables: reached by a named operator context only, never by a company, a person or the worker's system context. */
const operatorTables = ['operator', 'operator_session', 'operator_audit_event'];

describe('operator tables, as the application role', () => {
  let app: pg.Client;
  let orm: MikroORM;
  let acme: { companyId: string; userId: string };
  let articles: { published: string; draft: string };
  let updates: { published: string; draft: string };

  beforeAll(async () => {
    acme = await createCompanyWithOwner(inject('ownerUrl'), 'Operator Walls');
    orm = await MikroORM.init(ormConfig(inject('databaseUrl')));
    const { operator } = await createOperator(orm, { email: `rls-${randomUUID()}@atrium.example`, secret: developmentOperatorSecret });
    app = new pg.Client({ connectionString: inject('databaseUrl') });
    await app.connect();
    // A session, a category with a published article and a draft, and a vote, written in an operator context.
    const categoryId = randomUUID();
    articles = { published: randomUUID(), draft: randomUUID() };
    updates = { published: randomUUID(), draft: randomUUID() };
    await asApp({ 'app.operator_context': 'test: fixtures' }, async () => {
      await app.query(`insert into operator_session (id, operator_id, token_hash, created_at, expires_at, last_seen_at) values ($1, $2, $3, now(), now() + interval '1 hour', now())`, [randomUUID(), operator.id, randomUUID().replaceAll('-', '')]);
      await app.query(`insert into help_category (id, name, created_at, updated_at) values ($1, $2, now(), now())`, [categoryId, `Walls ${categoryId}`]);
      for (const [id, status] of [[articles.published, 'published'], [articles.draft, 'draft']] as const) {
        await app.query(
          `insert into help_article (id, category_id, title, status, body, body_html, body_text, created_at, updated_at) values ($1, $2, $3, $4, 'b', '<p>b</p>', 'b', now(), now())`,
          [id, categoryId, `Article ${status}`, status],
        );
      }
      // A CRM update published by the operator, and one still a draft.
      for (const [id, publishedAt] of [[updates.published, new Date()], [updates.draft, null]] as const) {
        await app.query(
          `insert into module_update (id, module, title, body, body_html, body_text, published_at, published_by, created_at, updated_at) values ($1, 'crm', $2, 'b', '<p>b</p>', 'b', $3, $4, now(), now())`,
          [id, `Update ${publishedAt ? 'published' : 'draft'}`, publishedAt, publishedAt ? operator.id : null],
        );
      }
    }, 'commit');
    await asApp({ 'app.company_id': acme.companyId, 'app.user_id': acme.userId }, () =>
      app.query(`insert into help_article_vote (id, article_id, user_id, helpful, created_at, updated_at) values ($1, $2, $3, true, now(), now())`, [randomUUID(), articles.published, acme.userId]),
    'commit');
  });

  afterAll(async () => {
    await app?.end();
    await orm?.close(true);
  });

  async function asApp<T>(variables: Record<string, string>, work: () => Promise<T>, end: 'commit' | 'rollback' = 'rollback'): Promise<T> {
    await app.query('begin');
    try {
      for (const [name, value] of Object.entries(variables)) await app.query('select set_config($1, $2, true)', [name, value]);
      const result = await work();
      await app.query(end);
      return result;
    } catch (error) {
      await app.query('rollback');
      throw error;
    }
  }
  const count = (variables: Record<string, string>, table: string, where = 'true') =>
    asApp(variables, async () => (await app.query(`select count(*)::int as n from ${table} where ${where}`)).rows[0].n as number);

  const outsiders = () => ({
    'no context': {},
    "a company's context": { 'app.company_id': acme.companyId, 'app.user_id': acme.userId },
    "a person's context": { 'app.user_id': acme.userId },
    'a system context': { 'app.system_context': 'test: cross-company scan' },
  });

  it.each(operatorTables)('%s shows rows in an operator context and none in any other', async (table) => {
    expect(await count({ 'app.operator_context': 'test: console' }, table)).toBeGreaterThan(0);
    for (const [label, variables] of Object.entries(outsiders())) expect(await count(variables, table), `${table} in ${label}`).toBe(0);
  });

  it('nobody but an operator context can write an operator or a session', async () => {
    for (const [label, variables] of Object.entries(outsiders())) {
      await expect(
        asApp(variables, () => app.query(`insert into operator (id, email, name, password_hash, totp_secret_sealed, created_at) values ($1, $2, 'x', 'x', 'x', now())`, [randomUUID(), `${randomUUID()}@x.example`])),
        label,
      ).rejects.toThrow(/row-level security/);
    }
  });

  it('the operator audit log is append-only, even in an operator context', async () => {
    const context = { 'app.operator_context': 'test: tamper' };
    const changed = await asApp(context, async () => (await app.query(`update operator_audit_event set action = 'tampered'`)).rowCount);
    const removed = await asApp(context, async () => (await app.query(`delete from operator_audit_event`)).rowCount);
    expect([changed, removed]).toEqual([0, 0]);
  });

  it('a company reads published articles and their categories, never drafts, and writes neither', async () => {
    const company = { 'app.company_id': acme.companyId, 'app.user_id': acme.userId };
    expect(await count(company, 'help_article', `id = '${articles.published}'`)).toBe(1);
    expect(await count(company, 'help_article', `id = '${articles.draft}'`)).toBe(0);
    expect(await count(company, 'help_category')).toBeGreaterThan(0);
    expect(await count({ 'app.operator_context': 'test: editor' }, 'help_article', `id = '${articles.draft}'`)).toBe(1);
    await expect(asApp(company, () => app.query(`update help_article set title = 'taken over' where id = $1`, [articles.published]).then((r) => { if (r.rowCount === 0) throw new Error('row-level security: nothing updated'); }))).rejects.toThrow(/row-level security/);
    for (const [label, variables] of Object.entries<Record<string, string>>({ 'no context': {}, 'a system context': { 'app.system_context': 'test: scan' } })) {
      expect(await count(variables, 'help_article'), label).toBe(0);
    }
  });

  it('a company reads published module updates, never drafts, and writes none; no other context reads any', async () => {
    const company = { 'app.company_id': acme.companyId, 'app.user_id': acme.userId };
    expect(await count(company, 'module_update', `id = '${updates.published}'`)).toBe(1);
    expect(await count(company, 'module_update', `id = '${updates.draft}'`)).toBe(0);
    expect(await count({ 'app.operator_context': 'test: updates' }, 'module_update', `id in ('${updates.published}', '${updates.draft}')`)).toBe(2);
    for (const [label, variables] of Object.entries<Record<string, string>>({ 'no context': {}, "a person's context": { 'app.user_id': acme.userId }, 'a system context': { 'app.system_context': 'test: scan' } })) {
      expect(await count(variables, 'module_update'), label).toBe(0);
    }
    const nothingChanged = (r: { rowCount: number | null }) => { if (r.rowCount === 0) throw new Error('row-level security: nothing changed'); };
    await expect(asApp(company, () => app.query(`update module_update set title = 'taken over' where id = $1`, [updates.published]).then(nothingChanged))).rejects.toThrow(/row-level security/);
    await expect(asApp(company, () => app.query(`delete from module_update where id = $1`, [updates.published]).then(nothingChanged))).rejects.toThrow(/row-level security/);
    await expect(
      asApp(company, () => app.query(`insert into module_update (id, module, title, body, body_html, body_text, published_at, created_at, updated_at) values ($1, 'crm', 'Forged', 'b', 'b', 'b', now(), now(), now())`, [randomUUID()])),
    ).rejects.toThrow(/row-level security/);
  });

  it("a person sees only their own votes; operators read every vote; nobody writes another person's", async () => {
    expect(await count({ 'app.company_id': acme.companyId, 'app.user_id': acme.userId }, 'help_article_vote')).toBe(1);
    expect(await count({ 'app.company_id': acme.companyId, 'app.user_id': 'someone-else' }, 'help_article_vote')).toBe(0);
    expect(await count({ 'app.operator_context': 'test: totals' }, 'help_article_vote')).toBeGreaterThan(0);
    await expect(
      asApp({ 'app.company_id': acme.companyId, 'app.user_id': 'someone-else' }, () =>
        app.query(`insert into help_article_vote (id, article_id, user_id, helpful, created_at, updated_at) values ($1, $2, $3, false, now(), now())`, [randomUUID(), articles.published, acme.userId]),
      ),
    ).rejects.toThrow(/row-level security/);
  });
});
