import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../config';
import { createCompanyWithOwner } from '../../test/companies';
import { readInOneTrip } from './one-trip-read';

describe('a read in one trip', () => {
  let orm: MikroORM;
  let acme: { companyId: string; userId: string };
  let globex: { companyId: string; userId: string };

  beforeAll(async () => {
    acme = await createCompanyWithOwner(inject('ownerUrl'), 'Trip Acme');
    globex = await createCompanyWithOwner(inject('ownerUrl'), 'Trip Globex');
    // One connection: every trip below goes over the same one, as a busy pool's do.
    orm = await MikroORM.init(ormConfig(inject('databaseUrl'), { pool: { min: 0, max: 1 } }));
  });

  afterAll(async () => {
    await orm?.close(true);
  });

  const companyName = 'select name from company where id = ?';

  it('answers each statement\'s rows under the scope\'s company, the values as parameters', async () => {
    const [name, tricky] = await readInOneTrip(orm, { companyId: acme.companyId }, [
      { sql: companyName, values: [acme.companyId] },
      { sql: 'select $1::text as said, $2::int + 1 as next', values: ["it's; drop table company; --", 41] },
    ]);
    expect(name).toEqual([{ name: 'Trip Acme' }]);
    expect(tricky).toEqual([{ said: "it's; drop table company; --", next: 42 }]);
  });

  it('reuses a statement\'s plan across companies on one connection without mixing their rows', async () => {
    for (const [company, expected] of [[acme, 'Trip Acme'], [globex, 'Trip Globex'], [acme, 'Trip Acme']] as const) {
      const [asItself, asTheOther] = await readInOneTrip(orm, { companyId: company.companyId }, [
        { sql: companyName, values: [company.companyId] },
        { sql: companyName, values: [company === acme ? globex.companyId : acme.companyId] },
      ]);
      expect(asItself).toEqual([{ name: expected }]);
      expect(asTheOther).toEqual([]);
    }
  });

  it('is read-only: a write fails the read, and nothing is written', async () => {
    await expect(readInOneTrip(orm, { companyId: acme.companyId }, [{ sql: `update company set name = 'Renamed' where id = ?`, values: [acme.companyId] }])).rejects.toThrow(/read-only/);
    const [name] = await readInOneTrip(orm, { companyId: acme.companyId }, [{ sql: companyName, values: [acme.companyId] }]);
    expect(name).toEqual([{ name: 'Trip Acme' }]);
  });

  it('a failing statement throws its error, and the connection serves the next read with no setting left behind', async () => {
    await expect(
      readInOneTrip(orm, { companyId: acme.companyId }, [{ sql: companyName, values: [acme.companyId] }, { sql: 'select 1 / (?::int - ?::int) as boom', values: [1, 1] }]),
    ).rejects.toThrow(/division by zero/);
    const [asPerson] = await readInOneTrip(orm, { userId: globex.userId }, [{ sql: `select current_setting('app.company_id', true) as company, name from company order by name`, values: [] }]);
    expect(asPerson).toEqual([{ company: expect.toSatisfy((value: string | null) => !value), name: 'Trip Globex' }]);
  });
});
