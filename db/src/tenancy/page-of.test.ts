import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../config';
import { CrmContact } from '../entities';
import { createCompanyWithOwner } from '../../test/companies';
import { pageOf } from './page-of';
import { withTenant } from './tenant-context';

const orderBy = { lastName: 'asc', firstName: 'asc', id: 'asc' } as const;

/** Contacts beside the fixture's one (Ada L): three of Acme's share a name, so the id decides their order. */
async function insertContacts(ownerUrl: string, companyId: string, names: string[]) {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('app.system_context', 'test: page-of contacts', true)`);
    await client.query(
      `insert into crm_contact (id, company_id, created_at, updated_at, first_name, last_name, custom_fields, search_text)
       select gen_random_uuid(), $1, now(), now(), 'Pat', name, '{}', lower('pat ' || name) from unnest($2::text[]) as n(name)`,
      [companyId, names],
    );
    await client.query('commit');
  } finally {
    await client.end();
  }
}

describe('a page of a company’s records', () => {
  let orm: MikroORM;
  let acme: { companyId: string };
  let globex: { companyId: string };
  const acmeNames = [...Array.from({ length: 20 }, (_, n) => `Name${String(n).padStart(2, '0')}`), 'Same', 'Same', 'Same'];

  beforeAll(async () => {
    acme = await createCompanyWithOwner(inject('ownerUrl'), 'Paged Acme');
    globex = await createCompanyWithOwner(inject('ownerUrl'), 'Paged Globex');
    await insertContacts(inject('ownerUrl'), acme.companyId, acmeNames);
    await insertContacts(inject('ownerUrl'), globex.companyId, ['Other1', 'Other2', 'Other3', 'Other4', 'Other5']);
    orm = await MikroORM.init(ormConfig(inject('databaseUrl')));
  });
  afterAll(() => orm?.close(true));

  const page = (companyId: string, limit: number, offset: number, where: object = {}) =>
    withTenant(orm, { companyId }, (em) => pageOf(em, CrmContact, companyId, where, { limit, offset, orderBy }));

  it('walks the whole list in order, each record on exactly one page, with the total on every page', async () => {
    // The fixture's Ada L and the 23 above.
    const seen: string[] = [];
    for (let offset = 0; offset < 30; offset += 10) {
      const { rows, total } = await page(acme.companyId, 10, offset);
      expect(total).toBe(24);
      seen.push(...rows.map((row) => `${row.lastName}:${row.id}`));
    }
    expect(seen).toHaveLength(24);
    expect(new Set(seen).size).toBe(24);
    expect(seen).toEqual([...seen].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('gives the total past the last page too, and for a search that fits on one page', async () => {
    expect(await page(acme.companyId, 10, 40)).toEqual({ rows: [], total: 24 });
    const found = await page(acme.companyId, 10, 0, { searchText: { $like: '%same%' } });
    expect([found.rows.map((row) => row.lastName), found.total]).toEqual([['Same', 'Same', 'Same'], 3]);
  });

  it('shows only the company of the transaction, whatever company the caller names', async () => {
    expect((await page(globex.companyId, 50, 0)).total).toBe(6);
    // Row-level security holds: Acme's transaction asking for Globex's rows gets none.
    const crossed = await withTenant(orm, { companyId: acme.companyId }, (em) => pageOf(em, CrmContact, globex.companyId, {}, { limit: 50, offset: 0, orderBy }));
    expect(crossed).toEqual({ rows: [], total: 0 });
  });
});
