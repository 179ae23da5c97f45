import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Takes the company's row lock for the rest of the transaction: the team's changes that
 * count people (invitations and the seat limit, leaving, removals, ownership and the
 * last-owner rule) queue behind one another instead of each counting a world the other is
 * about to change. A company that is not visible here (another tenant's) locks nothing.
 */
export async function lockCompany(em: EntityManager, companyId: string): Promise<boolean> {
  const rows = await em.getConnection().execute<{ id: string }[]>(
    'select id from company where id = ? for update',
    [companyId],
    'all',
    em.getTransactionContext(),
  );
  return rows.length > 0;
}
