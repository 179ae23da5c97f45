import { randomUUID } from 'node:crypto';
import pg from 'pg';

/**
 * Test fixtures written as the owner (who is subject to FORCEd RLS too, so it names a
 * system context): a person, a company, the membership between them, and a row in every
 * other tenant-owned table, so isolation tests have something to not see.
 */
export async function createCompanyWithOwner(ownerUrl: string, name: string) {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const companyId = randomUUID();
  const userId = `user-${randomUUID()}`;
  try {
    await client.query('begin');
    await client.query(`select set_config('app.system_context', 'test-fixtures', true)`);
    await client.query(
      `insert into "user" (id, name, email, "emailVerified", "createdAt", "updatedAt") values ($1, $2, $3, false, now(), now())`,
      [userId, `${name} owner`, `${userId}@example.com`],
    );
    await client.query(
      `insert into company (id, name, slug, created_at, updated_at) values ($1, $2, $3, now(), now())`,
      [companyId, name, `${name.toLowerCase().replace(/\W+/g, '-')}-${companyId.slice(0, 8)}`],
    );
    await client.query(
      `insert into membership (id, company_id, user_id, role, module_roles, created_at) values ($1, $2, $3, 'owner', '{}', now())`,
      [randomUUID(), companyId, userId],
    );
    await client.query(
      `insert into notification (id, company_id, kind, title, body, dedupe_key, created_at) values ($1, $2, 'welcome', $3, 'Hello', 'welcome', now())`,
      [randomUUID(), companyId, `Welcome to ${name}`],
    );
    await client.query(
      `insert into invitation (id, company_id, email, role, module_roles, token_hash, invited_by, expires_at, created_at) values ($1, $2, $3, 'member', '{}', $4, $5, now() + interval '7 days', now())`,
      [randomUUID(), companyId, `invitee-${companyId}@example.com`, randomUUID().replaceAll('-', '').padEnd(64, '0'), userId],
    );
    await client.query(
      `insert into audit_event (id, company_id, actor_user_id, actor_email, category, action, target, details, created_at) values ($1, $2, $3, 'owner@example.com', 'team', 'fixture.created', $4, '{}', now())`,
      [randomUUID(), companyId, userId, name],
    );
    await client.query(`insert into company_logo (company_id, content_type, bytes, updated_at) values ($1, 'image/png', '\\x89504e47', now())`, [companyId]);
    await client.query('commit');
  } finally {
    await client.end();
  }
  return { companyId, userId };
}
