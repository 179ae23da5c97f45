import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { carryCheck, memberGatedSettings, settleAccessCheck, uncarriedCheckFor, type ExpectedAccess } from './access-check';
import { sessionVariablesFor, type TenantScope } from './tenant-context';

/** One statement of a one-trip read: SQL with `$1`, `$2`… (or `?` in order) and their values. */
export interface ReadStatement {
  sql: string;
  values?: readonly unknown[];
}

/**
 * A read in one round trip to PostgreSQL: the scope's `set_config(…, true)` and the
 * statements, sent as one simple-protocol query. PostgreSQL runs such a query as one
 * implicit transaction, so the transaction-local settings hold for every statement of it
 * and die with it, exactly as with `withTenant`'s `begin`, `set_config`, … `commit` — in one
 * trip instead of three or more. Measured with `npm run bench -- api`: on this kind of
 * machine a round trip, not the SQL in it, is what a dashboard read costs.
 *
 * The simple protocol takes no parameters, so values are written into the SQL as literals
 * (pg's `escapeLiteral` for text): pass only SQL written here, never SQL built from input,
 * and no `$n` inside the SQL's own string literals. Answers the rows of each statement.
 * In a request whose access check is pending, the first such read carries it (./access-check.ts).
 */
export function readInOneTrip(orm: MikroORM, scope: TenantScope, statements: readonly ReadStatement[]): Promise<Record<string, unknown>[][]> {
  const check = uncarriedCheckFor(scope);
  if (check) return carryCheck(() => readCarryingCheck(orm, scope, check, statements));
  const settings = Object.entries(sessionVariablesFor(scope)).map(([name, value]) => `set_config(${literal(name)}, ${literal(value)}, true)`);
  if (settings.length === 0) return Promise.reject(new Error('A one-trip read needs a scope that sets something: a company, a person, a system or an operator.'));
  return send(orm, [`select ${settings.join(', ')}`], statements);
}

/**
 * The same read carrying the request's pending access check (./access-check.ts): the
 * company is set only for a member, the check's rows go to its `verify` (which throws when
 * the access differs from what the request expected), and the statements' rows are answered.
 */
async function readCarryingCheck(orm: MikroORM, scope: TenantScope, check: ExpectedAccess, statements: readonly ReadStatement[]) {
  const [checked, ...rows] = await send(orm, memberGatedSettings(check, scope, literal), [check.statement, ...statements]);
  check.verify(checked!);
  return rows;
}

/** Makes the request's pending access check now, in a trip of its own, unless a read already carries it (./access-check.ts). */
export function makePendingAccessCheck(orm: MikroORM): Promise<void> {
  return settleAccessCheck((scope) => readInOneTrip(orm, scope, []));
}

/** The settings and the statements as one simple-protocol query; the statements' rows. */
async function send(orm: MikroORM, settings: string[], statements: readonly ReadStatement[]): Promise<Record<string, unknown>[][]> {
  const text = [...settings, ...statements.map((statement) => inlineValues(statement.sql, statement.values ?? []))].join(';\n');
  const results = (await (await poolOf(orm)).query(text)) as unknown as pg.QueryResult | pg.QueryResult[];
  // pg answers a lone statement's result by itself, not in an array.
  return (Array.isArray(results) ? results : [results]).slice(settings.length).map((result) => result.rows);
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

/** `$1`, `$2`… or, in SQL without them, `?` in order (as `em.execute` takes, so one statement serves both). */
function inlineValues(sql: string, values: readonly unknown[]): string {
  if (/\$\d/.test(sql)) {
    return sql.replace(/\$(\d+)\b/g, (_, position: string) => {
      const index = Number(position) - 1;
      if (index < 0 || index >= values.length) throw new Error(`$${position} has no value (${values.length} given).`);
      return literal(values[index]);
    });
  }
  let next = 0;
  const inlined = sql.replace(/\?/g, () => {
    if (next >= values.length) throw new Error(`More ? than the ${values.length} values given.`);
    return literal(values[next++]);
  });
  if (next !== values.length) throw new Error(`${values.length} values for ${next} ?.`);
  return inlined;
}

/** A value as a SQL literal; anything but text, a finite number, a boolean, a date or null is refused. */
export function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return pg.escapeLiteral(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date && !Number.isNaN(value.getTime())) return `${pg.escapeLiteral(value.toISOString())}::timestamptz`;
  throw new Error(`A one-trip read cannot write ${typeof value} as a literal.`);
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
