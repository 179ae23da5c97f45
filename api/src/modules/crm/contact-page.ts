import type { CrmContactSort, crmContactListQuery } from '@atrium/core';
import { readInOneTrip, type MikroORM } from '@atrium/db';
import type { z } from 'zod';
import { likePattern } from '../kit/like-pattern';
import { contactView, type ContactFields } from './contacts';
import type { CrmActor } from './crm-context';

/** A list's order: always ending on the id, so paging never repeats or skips a contact. */
function contactOrder(sort: CrmContactSort, dir: 'asc' | 'desc'): string {
  // Contacts without an email or a company come last whichever way the list is sorted.
  switch (sort) {
    case 'email': return `email ${dir} nulls last, id asc`;
    case 'company': return `organization_name ${dir} nulls last, last_name asc, first_name asc, id asc`;
    case 'createdAt': return `created_at ${dir}, id asc`;
    default: return `last_name ${dir}, first_name ${dir}, id asc`;
  }
}

/**
 * A page of contacts in one round trip: the page, how many match and the tags in use. The
 * company is named beside row-level security, so the list index (company, name, id,
 * including the search text) serves the page: its ids come from the index alone, and only
 * the page's rows are read (bench/crm-contacts.ts, 25,000 contacts).
 */
export async function contactPage(orm: MikroORM, actor: CrmActor, query: z.infer<typeof crmContactListQuery>) {
  // CRM's read rules carry no conditions (every role that reads, reads every contact), so
  // the company's rows are the rows this person may read. A rule with conditions would have
  // to be written into this SQL: refuse to list until it is.
  if (actor.readable && Object.keys(actor.readable).length > 0) throw new Error('CRM read rules with conditions are not applied by the contact list.');
  const values: unknown[] = [actor.companyId];
  const conditions = ['company_id = $1'];
  const add = (sql: (position: string) => string, value: unknown) => {
    values.push(value);
    conditions.push(sql(`$${values.length}`));
  };
  if (query.q) add((at) => `search_text like ${at}`, likePattern(query.q));
  if (query.tag) add((at) => `tags @> array[${at}]::text[]`, query.tag);
  if (query.owner === 'me') add((at) => `owner_id = ${at}`, actor.userId);
  if (query.organizationId) add((at) => `organization_id = ${at}`, query.organizationId);
  const where = conditions.join(' and ');
  const order = contactOrder(query.sort, query.dir);
  const [rows, count, tags] = (await readInOneTrip(orm, { companyId: actor.companyId }, [
    {
      sql: `select * from crm_contact where company_id = $1
              and id in (select id from crm_contact where ${where} order by ${order} limit ${query.limit} offset ${query.offset})
            order by ${order}`,
      values,
    },
    { sql: `select count(*)::int as total from crm_contact where ${where}`, values },
    { sql: `select distinct tag from crm_contact, unnest(tags) as tag where company_id = $1 order by tag limit 200`, values: [actor.companyId] },
  ])) as [Record<string, unknown>[], { total: number }[], { tag: string }[]];
  return { contacts: rows.map((row) => contactView(contactFieldsOf(row), actor)), total: count[0]!.total, tags: tags.map((row) => row.tag) };
}

function contactFieldsOf(row: Record<string, unknown>): ContactFields {
  return {
    id: row.id as string,
    firstName: row.first_name as string,
    lastName: row.last_name as string,
    email: row.email as string | null,
    phone: row.phone as string | null,
    jobTitle: row.job_title as string | null,
    organization: row.organization_id ? { id: row.organization_id as string } : null,
    organizationName: row.organization_name as string | null,
    tags: row.tags as string[],
    ownerId: row.owner_id as string | null,
    customFields: row.custom_fields as ContactFields['customFields'],
    createdAt: new Date(row.created_at as string),
    updatedAt: new Date(row.updated_at as string),
  };
}
