import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { hashPassword } from 'better-auth/crypto';

/**
 * The CRM benchmark's rows, written straight to the tables as the owner role inside a
 * named system context (RLS is forced on the owner too), with one multi-row INSERT per
 * chunk of 5,000: the ids and values travel as arrays and `unnest` turns them into rows.
 * Deterministic (a seeded generator), so two runs search the same data.
 */

const firstNames = [
  'Ada', 'Alan', 'Amara', 'Anna', 'Arjun', 'Beatriz', 'Ben', 'Carla', 'Chen', 'Clara', 'Daniel', 'Diego', 'Elena', 'Emil', 'Emma', 'Farah', 'Felix', 'Grace',
  'Hannah', 'Hiro', 'Ines', 'Isaac', 'Jana', 'Jonas', 'Julia', 'Kai', 'Karim', 'Laura', 'Lea', 'Leon', 'Lina', 'Lukas', 'Maja', 'Marco', 'Maria', 'Mateo',
  'Mia', 'Nadia', 'Noah', 'Nora', 'Olga', 'Omar', 'Paul', 'Priya', 'Rafael', 'Rosa', 'Sami', 'Sara', 'Sofia', 'Tariq', 'Theo', 'Tomas', 'Vera', 'Yara', 'Yusuf', 'Zoe',
];
const lastNames = [
  'Abbott', 'Achterberg', 'Almeida', 'Andersen', 'Bakker', 'Baptiste', 'Becker', 'Bergstrom', 'Bianchi', 'Brandt', 'Brooks', 'Castillo', 'Chowdhury', 'Costa',
  'Dahl', 'Delacroix', 'Dimitrov', 'Dubois', 'Eriksen', 'Esposito', 'Fischer', 'Fontaine', 'Garcia', 'Goldberg', 'Hakimi', 'Hansen', 'Hartmann', 'Hoffmann',
  'Ibrahim', 'Ivanova', 'Jansen', 'Jimenez', 'Kaminski', 'Kaufmann', 'Keller', 'Kowalski', 'Krause', 'Lambert', 'Larsen', 'Lehmann', 'Lindqvist', 'Lopez',
  'Lovelace', 'Marchetti', 'Martens', 'Meyer', 'Moreau', 'Muller', 'Nakamura', 'Nielsen', 'Novak', 'Okafor', 'Olsen', 'Ortega', 'Papadopoulos', 'Petrov',
  'Pereira', 'Quinn', 'Ramirez', 'Richter', 'Rossi', 'Sato', 'Schmidt', 'Schneider', 'Schulz', 'Silva', 'Sorensen', 'Steiner', 'Svensson', 'Tanaka', 'Thomsen',
  'Torres', 'Vogel', 'Wagner', 'Weber', 'Werner', 'Wolff', 'Yilmaz', 'Zimmermann', 'Zielinski',
];
const companyWords = [
  'Northwind', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Acme', 'Vandelay', 'Hooli', 'Soylent', 'Cyberdyne', 'Tyrell', 'Wonka', 'Aperture', 'Oscorp',
  'Gringotts', 'Monarch', 'Sirius', 'Duff', 'Pied', 'Piper', 'Blue', 'Harbor', 'Summit', 'Cedar', 'Granite', 'Falcon', 'Meridian', 'Orbit', 'Nimbus', 'Atlas',
  'Beacon', 'Cobalt', 'Delta', 'Ember', 'Fjord', 'Helix', 'Iris', 'Juniper', 'Krypton', 'Lumen', 'Mosaic', 'Nova', 'Onyx', 'Polar', 'Quartz', 'Raven',
];
const companySuffixes = ['Logistics', 'Analytics', 'Foods', 'Labs', 'Systems', 'Robotics', 'Media', 'Energy', 'Health', 'Capital', 'Studios', 'Partners', 'Works', 'Software'];
const legalForms = ['GmbH', 'Ltd', 'SAS', 'BV', 'AB', 'Inc.', 'SpA', 'AG'];
const jobTitles = ['Head of Sales', 'Procurement Manager', 'CFO', 'CTO', 'Office Manager', 'Operations Lead', 'Buyer', 'Founder', 'Marketing Director', 'IT Manager', 'Account Executive'];
const tagSets = ['', '', 'lead', 'customer', 'lead,newsletter', 'customer,vip', 'partner', 'prospect', 'customer,newsletter', 'churned'];

/** mulberry32: small, seeded, good enough to spread names. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return { next, pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]! };
}

const slugOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

interface Organization {
  id: string;
  name: string;
  domain: string;
}

/** The same text the API stores in `search_text` (api/src/modules/crm/contacts.ts `searchTextOf`). */
const searchTextOf = (first: string, last: string, email: string, organization: string) => [first, last, email, organization].join(' ').toLowerCase();

async function inSystemContext<T>(ownerUrl: string, name: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('app.system_context', $1, true)`, [name]);
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

async function insertOrganizations(client: pg.Client, companyId: string, organizations: Organization[], ownerId: string | null) {
  await client.query(
    `insert into crm_organization (id, company_id, created_at, updated_at, created_by, name, name_key, domain, tags, owner_id)
     select id, $1, now(), now(), $5, name, lower(name), domain, '{}', $5 from unnest($2::uuid[], $3::text[], $4::text[]) as o(id, name, domain)`,
    [companyId, organizations.map((o) => o.id), organizations.map((o) => o.name), organizations.map((o) => o.domain), ownerId],
  );
}

async function insertContacts(client: pg.Client, companyId: string, count: number, organizations: Organization[], ownerIds: string[], seed: number) {
  const random = seeded(seed);
  for (let start = 0; start < count; start += 5_000) {
    const columns = { id: [] as string[], first: [] as string[], last: [] as string[], email: [] as string[], phone: [] as string[], job: [] as string[], org: [] as (string | null)[], orgName: [] as (string | null)[], tags: [] as string[], owner: [] as (string | null)[], search: [] as string[], ageDays: [] as number[] };
    for (let n = start; n < Math.min(count, start + 5_000); n += 1) {
      const first = random.pick(firstNames);
      const last = random.pick(lastNames);
      // One contact in ten is a private person, without a company.
      const organization = random.next() < 0.9 ? random.pick(organizations) : null;
      const email = `${slugOf(first)}.${slugOf(last)}${n}@${organization?.domain ?? 'mail.example'}`;
      columns.id.push(randomUUID());
      columns.first.push(first);
      columns.last.push(last);
      columns.email.push(email);
      columns.phone.push(`+49 30 ${String(1_000_000 + Math.floor(random.next() * 8_999_999))}`);
      columns.job.push(random.pick(jobTitles));
      columns.org.push(organization?.id ?? null);
      columns.orgName.push(organization?.name ?? null);
      columns.tags.push(random.pick(tagSets));
      columns.owner.push(ownerIds.length ? random.pick(ownerIds) : null);
      columns.search.push(searchTextOf(first, last, email, organization?.name ?? ''));
      columns.ageDays.push(Math.floor(random.next() * 900));
    }
    await client.query(
      `insert into crm_contact (id, company_id, created_at, updated_at, created_by, first_name, last_name, email, phone, job_title, organization_id, organization_name, tags, owner_id, custom_fields, search_text)
       select id, $1, now() - make_interval(days => age), now() - make_interval(days => age), owner, first, last, email, phone, job, org, org_name,
              case when tags = '' then '{}'::text[] else string_to_array(tags, ',') end, owner, '{}'::jsonb, search
       from unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::uuid[], $9::text[], $10::text[], $11::text[], $12::text[], $13::int[])
         as c(id, first, last, email, phone, job, org, org_name, tags, owner, search, age)`,
      [companyId, columns.id, columns.first, columns.last, columns.email, columns.phone, columns.job, columns.org, columns.orgName, columns.tags, columns.owner, columns.search, columns.ageDays],
    );
  }
}

function organizationsFor(count: number, seed: number): Organization[] {
  const random = seeded(seed);
  const names = new Set<string>();
  while (names.size < count) {
    const name = `${random.pick(companyWords)} ${random.pick(companySuffixes)}${names.size >= companyWords.length * companySuffixes.length * 0.5 ? ` ${random.pick(legalForms)}` : ''}`;
    names.add(name);
  }
  return [...names].map((name) => ({ id: randomUUID(), name, domain: `${slugOf(name)}.example` }));
}

export interface ReaderAccounts {
  emails: string[];
  userIds: string[];
}

/**
 * People for the target company beside its owner: a better-auth user and credential
 * account each (the password hashed once with better-auth's own scrypt, so sign-in works
 * as for anyone) and a membership, half of them CRM editors and half viewers.
 */
export async function insertReaders(ownerUrl: string, companyId: string, count: number, password: string): Promise<ReaderAccounts> {
  const hash = await hashPassword(password);
  const run = randomBytes(3).toString('hex');
  const userIds = Array.from({ length: count }, () => randomBytes(16).toString('hex'));
  const emails = userIds.map((_, n) => `reader${n + 1}-${run}@bench.example`);
  await inSystemContext(ownerUrl, 'bench: CRM readers', async (client) => {
    await client.query(
      `insert into "user" (id, name, email, "emailVerified", "createdAt", "updatedAt")
       select id, 'Bench Reader ' || n, email, true, now(), now() from unnest($1::text[], $2::text[]) with ordinality as u(id, email, n)`,
      [userIds, emails],
    );
    await client.query(
      `insert into account (id, "accountId", "providerId", "userId", password, "createdAt", "updatedAt")
       select md5(random()::text), id, 'credential', id, $2, now(), now() from unnest($1::text[]) as u(id)`,
      [userIds, hash],
    );
    await client.query(
      `insert into membership (id, company_id, user_id, role, module_roles, created_at)
       select gen_random_uuid(), $1, id, 'member', jsonb_build_object('crm', case when n % 2 = 0 then 'editor' else 'viewer' end), now()
       from unnest($2::text[]) with ordinality as u(id, n)`,
      [companyId, userIds],
    );
  });
  return { emails, userIds };
}

export interface DatasetSizes {
  targetContacts: number;
  targetOrganizations: number;
  otherCompanies: number;
  otherContacts: number;
  otherOrganizations: number;
}

/**
 * The target company's contacts and organizations, then `otherCompanies` companies (rows
 * of `company` alone: nobody signs in to them) with between 50 and 350 contacts each, so
 * the table holds other tenants' rows that every query of the target must pass over.
 */
export async function insertCrmDataset(ownerUrl: string, target: { companyId: string; ownerIds: string[]; contacts: number }, otherCompanies: number): Promise<DatasetSizes> {
  const sizes: DatasetSizes = { targetContacts: target.contacts, targetOrganizations: 0, otherCompanies, otherContacts: 0, otherOrganizations: 0 };
  await inSystemContext(ownerUrl, 'bench: CRM dataset', async (client) => {
    const organizations = organizationsFor(Math.round(target.contacts / 20), 1);
    sizes.targetOrganizations = organizations.length;
    await insertOrganizations(client, target.companyId, organizations, target.ownerIds[0] ?? null);
    await insertContacts(client, target.companyId, target.contacts, organizations, target.ownerIds, 2);

    const companyIds = Array.from({ length: otherCompanies }, () => randomUUID());
    await client.query(
      `insert into company (id, name, slug, legal_name, billing_email, country, currency, address, created_at, updated_at)
       select id, 'Other Company ' || n, 'bench-crm-' || n || '-' || left(id::text, 8), 'Other Company ' || n || ' GmbH',
              'billing+' || n || '@other.example', 'DE', 'EUR', '{"line1": "Hafenstraße 12", "postalCode": "20457", "city": "Hamburg"}'::jsonb, now(), now()
       from unnest($1::uuid[]) with ordinality as company(id, n)`,
      [companyIds],
    );
    const sizesOf = seeded(3);
    for (const [index, companyId] of companyIds.entries()) {
      const contacts = 50 + Math.floor(sizesOf.next() * 301);
      const theirs = organizationsFor(Math.max(5, Math.round(contacts / 15)), 100 + index);
      await insertOrganizations(client, companyId, theirs, null);
      await insertContacts(client, companyId, contacts, theirs, [], 1_000 + index);
      sizes.otherContacts += contacts;
      sizes.otherOrganizations += theirs.length;
    }
  });
  // What autovacuum does soon after a bulk insert of this size (its insert threshold is
  // 1,000 rows plus a fifth of the table): statistics, and the visibility map that lets
  // the list and its count read the index alone.
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  await client.query('vacuum (analyze) company, membership, crm_organization, crm_contact').finally(() => client.end());
  return sizes;
}

/** Terms a salesperson types: part of a surname, a first name, a company word, an email domain. */
export function searchTerms(): string[] {
  return [
    ...lastNames.map((name) => name.slice(0, 5).toLowerCase()),
    ...firstNames.slice(0, 20).map((name) => name.toLowerCase()),
    ...companyWords.map((word) => word.toLowerCase()),
    ...companyWords.slice(0, 10).map((word) => `@${slugOf(word)}`),
  ];
}
