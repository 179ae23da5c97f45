import type { MikroORM } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { carryCheck, memberGatedSettings, settleAccessCheck, uncarriedCheckFor, type ExpectedAccess } from './access-check';
import { sessionVariablesFor, type TenantScope } from './tenant-context';

/** One statement of a one-trip read: SQL with `$1`, `$2`… (or `?` in order) and their values. */
export interface ReadStatement {
  sql: string;
  values?: readonly unknown[];
}

/**
 * A read in one round trip to PostgreSQL: `begin read only`, the scope's `set_config(…,
 * true)`, the statements and `commit`, sent together without waiting for each answer
 * (node-postgres's pipeline mode) on one pooled connection. The settings hold for every
 * statement of the transaction and die with it, exactly as with `withTenant` — in one trip
 * instead of one per statement, and read-only, so a read can never write.
 *
 * Each statement is a named prepared statement (its name a hash of its SQL), so PostgreSQL
 * parses and rewrites it (row-level security's policies added) once per connection, and
 * plans it once too unless its values change the plan (PostgreSQL's own choice,
 * `plan_cache_mode = auto`: forcing one plan for all values cost the CRM list of a company
 * with 25,000 contacts, bench/crm-contacts.ts). Measured with `npm run bench -- api` and
 * pg_stat_statements, planning was most of PostgreSQL's time for a dashboard read (1.2 ms to
 * plan the billing facts, 0.2 ms to run them) while the SQL went with its values inlined.
 *
 * Values are parameters: SQL with `$1`, `$2`… or `?` in order, never `?` for anything else.
 * Answers the rows of each statement. In a request whose access check is pending, the first
 * such read carries it (./access-check.ts).
 */
export function readInOneTrip(orm: MikroORM, scope: TenantScope, statements: readonly ReadStatement[]): Promise<Record<string, unknown>[][]> {
  const check = uncarriedCheckFor(scope);
  if (check) return carryCheck(() => readCarryingCheck(orm, scope, check, statements));
  const variables = Object.entries(sessionVariablesFor(scope));
  if (variables.length === 0) return Promise.reject(new Error('A one-trip read needs a scope that sets something: a company, a person, a system or an operator.'));
  const settings = { sql: `select ${variables.map((_, index) => `set_config($${index * 2 + 1}, $${index * 2 + 2}, true)`).join(', ')}`, values: variables.flat() };
  return send(orm, [settings], statements);
}

/**
 * The same read carrying the request's pending access check (./access-check.ts): the
 * company is set only for a member, the check's rows go to its `verify` (which throws when
 * the access differs from what the request expected), and the statements' rows are answered.
 */
async function readCarryingCheck(orm: MikroORM, scope: TenantScope, check: ExpectedAccess, statements: readonly ReadStatement[]) {
  const [checked, ...rows] = await send(orm, memberGatedSettings(check, scope), [check.statement, ...statements]);
  check.verify(checked!);
  return rows;
}

/** Makes the request's pending access check now, in a trip of its own, unless a read already carries it (./access-check.ts). */
export function makePendingAccessCheck(orm: MikroORM): Promise<void> {
  return settleAccessCheck((scope) => readInOneTrip(orm, scope, []));
}

/** The settings and the statements in one read-only transaction, pipelined; the statements' rows. */
async function send(orm: MikroORM, settings: readonly ReadStatement[], statements: readonly ReadStatement[]): Promise<Record<string, unknown>[][]> {
  const client = await (await poolOf(orm)).connect();
  let broken: Error | undefined;
  try {
    return await pipelined(client, [...settings, ...statements], settings.length);
  } catch (error) {
    // A connection that failed mid-trip is not given back to the pool; after a statement's
    // own error (PostgreSQL's answer), `commit` has rolled back and the connection is clean.
    if (!(error instanceof pg.DatabaseError)) broken = error as Error;
    throw error;
  } finally {
    client.release(broken);
  }
}

/**
 * node-postgres's pipeline mode, on for this trip only: MikroORM's clients wait for each
 * answer (what a transaction of writes wants), a trip sends everything at once. The writes
 * go out as one (the socket corked around them). When a statement fails, PostgreSQL fails
 * the rest of the transaction and `commit` rolls it back; the first error is thrown.
 */
async function pipelined(client: pg.PoolClient, statements: readonly ReadStatement[], skip: number): Promise<Record<string, unknown>[][]> {
  const pipelining = client as pg.PoolClient & { pipeline: boolean; connection: { stream: { cork(): void; uncork(): void } } };
  const queries = statements.map((statement) => {
    const text = numbered(statement.sql, statement.values?.length ?? 0);
    return { name: statementName(text), text, values: [...(statement.values ?? [])] };
  });
  pipelining.pipeline = true;
  let answers: PromiseSettledResult<pg.QueryResult>[];
  try {
    pipelining.connection.stream.cork();
    const sent = [client.query('begin read only'), ...queries.map((query) => client.query(query)), client.query('commit')];
    pipelining.connection.stream.uncork();
    answers = await Promise.allSettled(sent);
  } finally {
    pipelining.pipeline = false;
  }
  const failed = answers.find((answer) => answer.status === 'rejected');
  if (failed) throw failed.reason;
  return answers.slice(1 + skip, -1).map((answer) => (answer as PromiseFulfilledResult<pg.QueryResult>).value.rows);
}

const names = new Map<string, string>();

/** The prepared statement's name: the same SQL, the same name (and plan) on every connection. */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `one-trip-${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

const pools = new WeakMap<MikroORM, Promise<pg.Pool>>();

/** MikroORM's own pool: a one-trip read takes no connection beyond what the ORM has. */
function poolOf(orm: MikroORM): Promise<pg.Pool> {
  let pool = pools.get(orm);
  if (!pool) {
    pool = orm.em.getConnection().getNativeClient() as Promise<pg.Pool>;
    pools.set(orm, pool);
  }
  return pool;
}

/** `$1`, `$2`… as written, or `?` in order turned into them (as `em.execute` takes, so one statement serves both). */
function numbered(sql: string, count: number): string {
  if (/\$\d/.test(sql)) return sql;
  let next = 0;
  const text = sql.replace(/\?/g, () => `$${(next += 1)}`);
  if (next !== count) throw new Error(`${count} values for ${next} ?.`);
  return text;
}

/** A statement's rows, read in the batch's round trip. */
export type OneTripRead = <Row = Record<string, unknown>>(sql: string, values: readonly unknown[]) => Promise<Row[]>;

/**
 * Statements asked by several pieces of code, sent together in one trip: each `read` waits
 * until `send`, which sends everything asked so far. Code that asks for two things asks for
 * both before awaiting either (`Promise.all`), or the second waits for another `send`.
 */
export function oneTripBatch(orm: MikroORM, scope: TenantScope): { read: OneTripRead; send(): Promise<void> } {
  const asked: Array<{ statement: ReadStatement; resolve(rows: Record<string, unknown>[]): void; reject(error: unknown): void }> = [];
  return {
    read: <Row>(sql: string, values: readonly unknown[]) =>
      new Promise<Row[]>((resolve, reject) => asked.push({ statement: { sql, values }, resolve: (rows) => resolve(rows as Row[]), reject })),
    async send() {
      const batch = asked.splice(0);
      if (batch.length === 0) return;
      try {
        const results = await readInOneTrip(orm, scope, batch.map(({ statement }) => statement));
        batch.forEach(({ resolve }, index) => resolve(results[index]!));
      } catch (error) {
        for (const { reject } of batch) reject(error);
      }
    },
  };
}
