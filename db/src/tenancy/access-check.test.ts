import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../config';
import { createCompanyWithOwner } from '../../test/companies';
import { withAccessCheckPending, type ExpectedAccess } from './access-check';
import { makePendingAccessCheck, readInOneTrip } from './one-trip-read';
import { withTenant } from './tenant-context';

/** What the check saw and when, for a request of `userId` in `companyId` whose check passes whatever it reads. */
function recordingCheck(companyId: string, userId: string) {
  const seen: { membership: unknown; order: number }[] = [];
  let order = 0;
  const check: ExpectedAccess = {
    companyId,
    userId,
    statement: { sql: 'select (select m.role from membership m where m.company_id = ? and m.user_id = ?) as membership', values: [companyId, userId] },
    verify: (rows) => void seen.push({ membership: rows[0]!.membership, order: order++ }),
  };
  return { check, seen, next: () => order++ };
}

describe('a read that carries its request\'s access check', () => {
  let orm: MikroORM;
  let acme: { companyId: string; userId: string };
  let globex: { companyId: string; userId: string };

  beforeAll(async () => {
    acme = await createCompanyWithOwner(inject('ownerUrl'), 'Carried Acme');
    globex = await createCompanyWithOwner(inject('ownerUrl'), 'Carried Globex');
    orm = await MikroORM.init(ormConfig(inject('databaseUrl')));
  });

  afterAll(async () => {
    await orm?.close(true);
  });

  const companyRows = 'select id from company where id = ?';
  const notices = 'select count(*)::int as n from notification where company_id = ?';

  it('for a member, reads the company and hands the check its membership, in the same trip', async () => {
    const { check, seen } = recordingCheck(acme.companyId, acme.userId);
    const [company, counted] = await withAccessCheckPending(check, () =>
      readInOneTrip(orm, { companyId: acme.companyId, userId: acme.userId }, [{ sql: companyRows, values: [acme.companyId] }, { sql: notices, values: [acme.companyId] }]),
    );
    expect(seen).toEqual([{ membership: 'owner', order: 0 }]);
    expect(company).toEqual([{ id: acme.companyId }]);
    expect(counted![0]!.n).toBeGreaterThan(0);
  });

  it('for someone who is not a member, sets no company: the statements see nothing, even when the check lets the read through', async () => {
    // Globex's owner expected to be in Acme: nothing of Acme's comes back.
    const { check, seen } = recordingCheck(acme.companyId, globex.userId);
    const [company, counted] = await withAccessCheckPending(check, () =>
      readInOneTrip(orm, { companyId: acme.companyId, userId: globex.userId }, [{ sql: companyRows, values: [acme.companyId] }, { sql: notices, values: [acme.companyId] }]),
    );
    expect(seen).toEqual([{ membership: null, order: 0 }]);
    expect(company).toEqual([]);
    expect(counted).toEqual([{ n: 0 }]);
  });

  it('a check that throws fails the read: its rows are never answered', async () => {
    const check: ExpectedAccess = {
      ...recordingCheck(acme.companyId, acme.userId).check,
      verify: () => {
        throw new Error('the access changed');
      },
    };
    await expect(withAccessCheckPending(check, () => readInOneTrip(orm, { companyId: acme.companyId }, [{ sql: companyRows, values: [acme.companyId] }]))).rejects.toThrow('the access changed');
  });

  it('is carried once: a second read and any withTenant after it go as usual', async () => {
    const { check, seen } = recordingCheck(acme.companyId, acme.userId);
    await withAccessCheckPending(check, async () => {
      await readInOneTrip(orm, { companyId: acme.companyId }, [{ sql: companyRows, values: [acme.companyId] }]);
      const [again] = await readInOneTrip(orm, { companyId: acme.companyId }, [{ sql: companyRows, values: [acme.companyId] }]);
      expect(again).toEqual([{ id: acme.companyId }]);
      await withTenant(orm, { companyId: acme.companyId }, async () => undefined);
      await makePendingAccessCheck(orm);
    });
    expect(seen).toHaveLength(1);
  });

  it('withTenant, in any scope, makes the check before its work; a read in another scope does not carry it', async () => {
    const { check, seen, next } = recordingCheck(acme.companyId, acme.userId);
    let workAt = -1;
    await withAccessCheckPending(check, async () => {
      const [other] = await readInOneTrip(orm, { companyId: globex.companyId }, [{ sql: companyRows, values: [globex.companyId] }]);
      expect(other).toEqual([{ id: globex.companyId }]);
      expect(seen).toHaveLength(0);
      await withTenant(orm, { system: 'test: a system read inside a request' }, async () => {
        workAt = next();
      });
    });
    expect(seen).toEqual([{ membership: 'owner', order: 0 }]);
    expect(workAt).toBe(1);
  });

  it('made alone when no read carried it', async () => {
    const { check, seen } = recordingCheck(acme.companyId, globex.userId);
    await withAccessCheckPending(check, () => makePendingAccessCheck(orm));
    expect(seen).toEqual([{ membership: null, order: 0 }]);
  });
});
