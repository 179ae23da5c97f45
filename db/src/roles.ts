import pg from 'pg';

export interface RoleCredentials {
  user: string;
  password: string;
  database: string;
}

export function credentialsFrom(url: string): RoleCredentials {
  const parsed = new URL(url);
  return {
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: parsed.pathname.replace(/^\//, ''),
  };
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * The application's role owns nothing and cannot bypass row-level security, so a
 * forgotten filter in the app can never reach another company's rows. Run as the owner
 * after migrations; safe to run again.
 */
export async function ensureApplicationRole(ownerUrl: string, appUrl: string): Promise<void> {
  const app = credentialsFrom(appUrl);
  const owner = credentialsFrom(ownerUrl);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const existing = await client.query('select 1 from pg_roles where rolname = $1', [app.user]);
    if (existing.rowCount === 0) {
      await client.query(
        `create role ${ident(app.user)} login password ${literal(app.password)} ` +
          'nosuperuser nocreatedb nocreaterole nobypassrls noinherit',
      );
    }
    await client.query(`grant connect on database ${ident(owner.database)} to ${ident(app.user)}`);
    await client.query(`grant usage on schema public to ${ident(app.user)}`);
    await client.query(`grant select, insert, update, delete on all tables in schema public to ${ident(app.user)}`);
    await client.query(`grant usage, select on all sequences in schema public to ${ident(app.user)}`);
    // The migrations' own bookkeeping is the owner's business only.
    await client.query(`revoke all on table mikro_orm_migrations from ${ident(app.user)}`);
    // Invoice numbers come only through the gapless counter's function, never the table.
    await client.query(`revoke all on table invoice_number_counter from ${ident(app.user)}`);
    await client.query(`grant execute on function next_invoice_number(int) to ${ident(app.user)}`);
  } finally {
    await client.end();
  }
}

/** For a fresh cluster (embedded or a test's): the owner role and its database. */
export async function ensureOwnerAndDatabase(superuserUrl: string, ownerUrl: string): Promise<void> {
  const owner = credentialsFrom(ownerUrl);
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    const role = await client.query('select 1 from pg_roles where rolname = $1', [owner.user]);
    if (role.rowCount === 0) {
      await client.query(
        `create role ${ident(owner.user)} login createrole password ${literal(owner.password)}`,
      );
    }
    const db = await client.query('select 1 from pg_database where datname = $1', [owner.database]);
    if (db.rowCount === 0) {
      await client.query(`create database ${ident(owner.database)} owner ${ident(owner.user)}`);
    }
  } finally {
    await client.end();
  }
}
