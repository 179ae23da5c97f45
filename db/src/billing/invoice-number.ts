import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Gives an issued invoice its number from the gapless counter (`next_invoice_number`, see
 * the billing migration), as the LAST statement of the transaction that inserted it.
 *
 * The counter is one row per year: taking a number locks that row until the transaction
 * ends, and every other invoice of the year, for every company, waits for it. So nothing
 * may run between taking the number and the commit but this one statement: the invoice and
 * its lines are written first, without a number (nobody sees them before the commit), and
 * the number is taken and written in one round trip. A transaction that rolls back — here
 * or at the commit — gives its number back, so numbers have no gaps.
 *
 * The format is core's `formatInvoiceNumber` (`ATR-2026-000042`), spelled in SQL so that
 * the number is not first read back and then written in a second round trip under the
 * lock; issue-invoice.test.ts holds the two to the same output. Unlike `lpad`, the
 * `case` never cuts a seventh digit off.
 */
export async function assignInvoiceNumber(em: EntityManager, invoiceId: string, year: number): Promise<string> {
  const rows = await em.execute<{ number: string }[]>(
    `update invoice set number = 'ATR-' || ?::int || '-' ||
       (select case when length(n::text) >= 6 then n::text else lpad(n::text, 6, '0') end from next_invoice_number(?::int) as n)
     where id = ? returning number`,
    [year, year, invoiceId],
    'all',
  );
  if (!rows[0]) throw new Error(`Invoice ${invoiceId} is not visible in this transaction.`);
  return rows[0].number;
}
