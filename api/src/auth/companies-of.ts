import type { CompanyMembershipView } from '@atrium/core';
import { readInOneTrip, type MikroORM } from '@atrium/db';

/**
 * The companies a person belongs to, oldest membership first, for `/api/me` and the company
 * switcher: one round trip in the person's own context (RLS shows them their memberships).
 */
export async function companiesOf(orm: MikroORM, userId: string): Promise<CompanyMembershipView[]> {
  const [rows] = await readInOneTrip(orm, { userId }, [
    {
      sql: `select coalesce(json_agg(json_build_object('id', c.id, 'name', c.name, 'slug', c.slug, 'role', m.role) order by m.created_at, m.id), '[]') as companies
              from membership m join company c on c.id = m.company_id
             where m.user_id = $1`,
      values: [userId],
    },
  ]);
  return rows![0]!.companies as CompanyMembershipView[];
}
