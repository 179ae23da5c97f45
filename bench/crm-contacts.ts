/**
 * `npm run bench -- crm-contacts [requests per reader]` (default 40): how fast the CRM's
 * contact list answers its own people when one company holds 25,000 contacts and the table
 * holds 100 other companies' contacts besides.
 *
 * What it does, on its own PostgreSQL, Temporal, worker and API (ports ATRIUM_BENCH_PG_PORT,
 * ATRIUM_BENCH_TEMPORAL_PORT, ATRIUM_BENCH_TEMPORAL_UI_PORT, ATRIUM_BENCH_API_PORT; all
 * under `.data/bench`, removed at the end):
 * 1. The owner signs up over HTTP, adds test card 4242, buys CRM and moves to Growth (whose
 *    limit is 25,000 contacts), as a customer would.
 * 2. 49 more people (CRM editors and viewers) and the contacts go straight into the tables
 *    in bulk (bench/crm-dataset.ts), then every reader signs in over HTTP: 50 real sessions.
 * 3. EXPLAIN ANALYZE of the queries the list route runs (ids of the page, its rows, the count), as the
 *    application role inside the company's transaction, so a plan change shows here first.
 * 4. One reader alone, then 50 readers at once, each sending its requests one after the other:
 *    a. search: `GET …/contacts?q=<term>` (part of a surname, a first name, a company word,
 *       an email domain), the first page of what matches;
 *    b. list:   `GET …/contacts?offset=<random page>`, one page of 50 of the whole list.
 *
 * How to read the figures: the rows with 1 reader give a request's own time (nothing queued
 * in front of it). With 50 readers, req/s is what the API answered per second with 50 people
 * waiting on it, all of it on this machine's cores (the readers, the API, PostgreSQL and
 * the worker share them; see `nproc`). p50 is what a typical request took, p99 what the
 * slowest in a hundred took: under a saturated server both include time queued, so
 * p50 ≈ 50 / (req/s) is expected and a p99 far above that is the signal (a slow plan,
 * a pool queue). Each request is a full company request: session look-up, membership and
 * entitlements (the module gate), the page and its total. The figures are also written to
 * `bench/results/` (git-ignored).
 */
import os from 'node:os';
import path from 'node:path';
import { CrmContact, MikroORM, ormConfig, pageOf, withTenant, type EntityManager } from '@atrium/db';
import type { Logger, LogContext } from '@mikro-orm/core';
import { AtriumClient } from '../scripts/lib/api-client';
import { buyModules, ensurePlan, ownerSession } from '../scripts/demo/owner';
import { startBenchApi } from './bench-api';
import { benchRun, writeResults } from './bench-run';
import { startBenchStack } from './bench-stack';
import { insertCrmDataset, insertReaders, searchTerms } from './crm-dataset';
import { runReaders, type LoadResult } from './http-load';

const root = path.resolve(import.meta.dirname, '..');
const log = (line: string) => console.log(`[bench] ${line}`);

const perReader = Number(process.argv[2] ?? 40);
if (!Number.isSafeInteger(perReader) || perReader < 1) {
  console.error('usage: npm run bench -- crm-contacts [requests per reader]   (a whole number ≥ 1; default 40)');
  process.exit(2);
}
const readersCount = 50;
const targetContacts = 25_000;
const otherCompanies = 100;
const pageSize = 50;
const password = 'bench-readers-passphrase-7';

const run = benchRun(log);

try {
  const loadBefore = os.loadavg()[0]!;
  log(`${readersCount} readers × ${perReader} requests per operation; ${os.cpus().length} CPUs, load average ${loadBefore.toFixed(2)}`);
  const stack = await startBenchStack(root, log);
  run.cleanup(() => stack.stop());
  const api = await startBenchApi(root, stack, log);
  run.cleanup(() => api.stop());

  const owner = await ownerSession(api.url, { email: `owner-${Date.now()}@bench.example`, password, name: 'Bench Owner' }, 'Bench Target GmbH');
  await buyModules(owner, ['crm'], log);
  await ensurePlan(owner, 'growth');
  const crm = `/api/companies/${owner.companyId}/modules/crm`;

  const insertStarted = Date.now();
  const readers = await insertReaders(stack.ownerUrl, owner.companyId, readersCount - 1, password);
  const sizes = await insertCrmDataset(stack.ownerUrl, { companyId: owner.companyId, ownerIds: [owner.userId, ...readers.userIds], contacts: targetContacts }, otherCompanies);
  log(`inserted ${sizes.targetContacts.toLocaleString('en')} + ${sizes.otherContacts.toLocaleString('en')} contacts in ${((Date.now() - insertStarted) / 1000).toFixed(1)} s`);

  const clients = [owner.client];
  for (const email of readers.emails) {
    const client = new AtriumClient(api.url);
    await client.signIn(email, password);
    clients.push(client);
  }
  const seen = await owner.client.call<{ total: number }>('GET', `${crm}/contacts?limit=1`);
  if (seen.total !== targetContacts) throw new Error(`the API sees ${seen.total} contacts, not ${targetContacts}`);
  log(`${clients.length} readers signed in; the API lists ${seen.total.toLocaleString('en')} contacts`);

  const plans = await explainListQueries(stack.appUrl, owner.companyId);

  const terms = searchTerms();
  const pages = Math.ceil(targetContacts / pageSize);
  const searchPath = (reader: number, request: number) => `${crm}/contacts?q=${encodeURIComponent(terms[(reader * 7 + request * 13) % terms.length]!)}`;
  const listPath = (reader: number, request: number) => `${crm}/contacts?limit=${pageSize}&offset=${((reader * 131 + request * 977) % pages) * pageSize}`;
  // Warm-up: connection pools, JIT, PostgreSQL's caches; not counted.
  await runReaders('warm-up', clients, 3, (reader, request) => (request % 2 ? searchPath(reader, request + 1000) : listPath(reader, request + 1000)));
  const results: LoadResult[] = [];
  // One person alone first: the time a request takes when nothing else waits (its service time).
  results.push(await runReaders('search', clients.slice(0, 1), perReader, searchPath));
  results.push(await runReaders('list page', clients.slice(0, 1), perReader, listPath));
  results.push(await runReaders('search', clients, perReader, searchPath));
  results.push(await runReaders('list page', clients, perReader, listPath));

  const result = { at: new Date().toISOString(), machine: { cpus: os.cpus().length, loadAverageBefore: loadBefore, loadAverageAfter: os.loadavg()[0]! }, readers: clients.length, perReader, sizes, plans, results };
  const file = await writeResults(root, 'crm-contacts', result);
  await run.stopEverything();
  printFigures(result);
  log(`figures written to ${path.relative(root, file)}`);
  process.exit(0);
} catch (error) {
  run.failed(error);
}

/**
 * The list route's queries (db's `pageOf`: the page's ids, its rows, the total), for a
 * search and for a deep page, captured from MikroORM as it sends them and explained as the
 * application role in the company's transaction, so row-level security is in the plan.
 * The `where` is the route's (api/src/modules/crm/contacts.ts) for `?q=lovel` and `?offset=12000`.
 */
async function explainListQueries(appUrl: string, companyId: string) {
  const captured: Array<{ query: string; params: readonly unknown[] }> = [];
  const capture: Logger = {
    log: () => {},
    error: () => {},
    warn: () => {},
    logQuery: (context: LogContext) => {
      if (context.query && /^select/i.test(context.query)) captured.push({ query: context.query, params: context.params ?? [] });
    },
    setDebugMode: () => {},
    isEnabled: (namespace) => namespace === 'query',
  };
  const orm = await MikroORM.init({ ...ormConfig(appUrl), debug: ['query'], loggerFactory: () => capture });
  const explained: Record<string, string[]> = {};
  try {
    const orderBy = { lastName: 'asc', firstName: 'asc', id: 'asc' } as const;
    const cases: Record<string, (em: EntityManager) => Promise<unknown>> = {
      search: (em) => pageOf(em, CrmContact, companyId, { searchText: { $like: '%lovel%' } }, { limit: pageSize, offset: 0, orderBy }),
      'list page': (em) => pageOf(em, CrmContact, companyId, {}, { limit: pageSize, offset: 12_000, orderBy }),
    };
    for (const [name, run] of Object.entries(cases)) {
      explained[name] = await withTenant(orm, { companyId }, async (em) => {
        captured.length = 0;
        await run(em);
        const lines: string[] = [];
        for (const { query, params } of [...captured]) {
          const plan = await em.execute<{ 'QUERY PLAN': string }[]>(`explain (analyze, costs off, timing on) ${query}`, [...params], 'all');
          lines.push(`-- ${query.replace(/\s+/g, ' ').slice(0, 160)}`, ...plan.map((row) => row['QUERY PLAN']));
        }
        return lines;
      });
      log(`plan of ${name}:\n    ${explained[name]!.join('\n    ')}`);
    }
  } finally {
    await orm.close(true);
  }
  return explained;
}

function printFigures(result: { readers: number; perReader: number; sizes: Awaited<ReturnType<typeof insertCrmDataset>>; results: LoadResult[]; machine: { cpus: number; loadAverageBefore: number; loadAverageAfter: number } }) {
  const { sizes } = result;
  const n = (value: number) => value.toLocaleString('en');
  console.log(`
CRM contacts: 1 reader, then ${result.readers} at once (real sessions over HTTP), ${result.perReader} requests each per operation, ${result.machine.cpus} CPUs, load average ${result.machine.loadAverageBefore.toFixed(1)} before and ${result.machine.loadAverageAfter.toFixed(1)} after (other work on this machine counts too)
  dataset: ${n(sizes.targetContacts)} contacts and ${n(sizes.targetOrganizations)} companies in the readers' company;
           ${n(sizes.otherCompanies)} other companies with ${n(sizes.otherContacts)} contacts and ${n(sizes.otherOrganizations)} companies (${n(sizes.targetContacts + sizes.otherContacts)} contacts in the table)

  operation     readers  requests    req/s     p50 ms    p99 ms    max ms`);
  for (const row of result.results) {
    console.log(`  ${row.operation.padEnd(12)}  ${String(row.readers).padStart(7)}  ${String(row.requests).padStart(8)}  ${row.requestsPerSecond.toFixed(1).padStart(7)}  ${row.p50Ms.toFixed(1).padStart(9)} ${row.p99Ms.toFixed(1).padStart(9)} ${row.maxMs.toFixed(1).padStart(9)}`);
  }
  console.log('');
}
