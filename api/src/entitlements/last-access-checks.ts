import { readInOneTrip, type MikroORM } from '@atrium/db';
import { LRUCache } from 'lru-cache';
import { accessStatement, companyAccessOf, type CompanyAccess } from './load-company-access';

/** One access check as it came back: what the guards use, and its text to compare a fresh one with. */
export interface CheckedAccess {
  access: CompanyAccess;
  text: string;
}

/** A fresh access check that came back other than the request expected: the request answers from it instead. */
export class AccessChanged extends Error {
  constructor(readonly fresh: CheckedAccess) {
    super('The access check came back other than expected.');
  }
}

export function checkedAccessOf(row: Record<string, unknown>): CheckedAccess {
  return { access: companyAccessOf(row), text: JSON.stringify(row) };
}

/** The access check in a round trip of its own, for a request with no last check to run on (and every write). */
export async function checkAccessInOneTrip(orm: MikroORM, companyId: string, userId: string): Promise<CheckedAccess> {
  const [rows] = await readInOneTrip(orm, { companyId, userId }, [accessStatement(companyId, userId)]);
  return checkedAccessOf(rows![0]!);
}

/**
 * Each person's last access check per company, remembered by this API process so that a
 * read can run on it while the check itself rides in the read's own trip (db's
 * tenancy/access-check.ts): one round trip per dashboard read instead of two.
 *
 * What is remembered only predicts. Every request still makes the check, in the same trip
 * as its data, and one whose check comes back different answers from the fresh check. So
 * nothing here is ever invalidated (a removed member's entry costs them one 403 answered
 * from the fresh check), and each API process keeps its own. Only members are remembered:
 * a non-member's request checks first, as it always did.
 */
export class LastAccessChecks {
  private readonly entries: LRUCache<string, CheckedAccess>;

  constructor(max = 5_000) {
    this.entries = new LRUCache<string, CheckedAccess>({ max });
  }

  of(userId: string, companyId: string): CheckedAccess | undefined {
    return this.entries.get(`${userId}:${companyId}`);
  }

  remember(userId: string, companyId: string, checked: CheckedAccess): void {
    if (checked.access.membership) this.entries.set(`${userId}:${companyId}`, checked);
    else this.entries.delete(`${userId}:${companyId}`);
  }
}
