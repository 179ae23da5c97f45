import { randomUUID } from 'node:crypto';
import pg from 'pg';

/**
 * N companies ready to be renewed: the company, its sandbox customer and a default Visa
 * ending 4242, written straight to the tables (as the owner, in a named system context)
 * so that the card is on file before the workflow's first, immediate renewal. Adding it
 * with `addPaymentMethodUpdate` after the start would race that renewal.
 *
 * Lean on purpose: no owner, membership, logo or notifications, which a renewal never
 * reads. The customer row is what adding a card leaves behind, so the charge takes the
 * path of a company that has paid before.
 */
export async function insertSubscribedCompanies(ownerUrl: string, count: number): Promise<string[]> {
  const companyIds = Array.from({ length: count }, () => randomUUID());
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('app.system_context', 'bench: subscribed companies', true)`);
    // One multi-row INSERT per table, whatever N is: the ids travel as a single array.
    await client.query(
      `insert into company (id, name, slug, legal_name, billing_email, country, currency, address, created_at, updated_at)
       select id, 'Bench Company ' || n, 'bench-' || n || '-' || left(id::text, 8), 'Bench Company ' || n || ' GmbH',
              'billing+' || n || '@bench.example', 'DE', 'EUR',
              '{"line1": "Hafenstraße 12", "postalCode": "20457", "city": "Hamburg"}'::jsonb, now(), now()
       from unnest($1::uuid[]) with ordinality as company(id, n)`,
      [companyIds],
    );
    await client.query(
      `insert into payment_customer (company_id, gateway, reference, created_at)
       select id, 'sandbox', 'cus_sandbox_' || replace(id::text, '-', ''), now() from unnest($1::uuid[]) as company(id)`,
      [companyIds],
    );
    await client.query(
      `insert into payment_method (id, company_id, gateway, gateway_reference, brand, last4, exp_month, exp_year, is_default, created_at)
       select gen_random_uuid(), id, 'sandbox', 'pm_sandbox_4242_' || left(md5(random()::text), 16), 'visa', '4242', 12, 2030, true, now()
       from unnest($1::uuid[]) as company(id)`,
      [companyIds],
    );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  return companyIds;
}
