import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChaos } from '../../bench/chaos/chaos-run';
import { testPorts } from '../../scripts/test/test-stack';

const root = path.resolve(import.meta.dirname, '../..');
/** A stack of its own, beside the shared test stack (whose processes must not be killed): its ports plus 1000. */
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/**
 * `npm run bench -- chaos` in small: 20 renewals and a stream of CRM contacts added through
 * the API while a worker (of two), the Temporal server, PostgreSQL and the API are each
 * killed once and restarted. Nothing is charged twice, no invoice is lost or numbered
 * with a gap, no accepted write is lost and no refused one is stored.
 */
describe('renewals and API writes through a killed worker, Temporal, PostgreSQL and API', () => {
  it('leave one paid invoice and one charge per renewal, numbers without a gap, and every write as answered', async () => {
    const result = await runChaos({
      root,
      dataDir: path.join(root, '.data', `chaos-test-${testPorts.postgres}`),
      ports: {
        postgres: port('ATRIUM_TEST_CHAOS_PG_PORT', testPorts.postgres + 1000),
        temporal: port('ATRIUM_TEST_CHAOS_TEMPORAL_PORT', testPorts.temporal + 1000),
        api: port('ATRIUM_TEST_CHAOS_API_PORT', testPorts.api + 1000),
      },
      renewals: 20,
      // Said only when a step fails (in its error), or with ATRIUM_CHAOS_VERBOSE=1.
      log: process.env.ATRIUM_CHAOS_VERBOSE ? (line) => console.log(`[chaos] ${line}`) : () => {},
      settleTimeoutMs: 120_000,
    });
    expect(result.paidInvoicesPerRenewal).toEqual({ exactlyOne: 20, none: 0, more: 0 });
    expect(result.renewalInvoicesPerRenewal).toEqual({ exactlyOne: 20, none: 0, more: 0 });
    expect(result.successfulChargesPerPaidInvoice.none + result.successfulChargesPerPaidInvoice.more).toBe(0);
    expect(result.successfulChargesPerPaidInvoice.exactlyOne).toBeGreaterThanOrEqual(20);
    expect(result.invoiceNumberGaps).toBe(0);
    expect(result.runningAgain).toBe(20);
    expect(result.writes.accepted).toBeGreaterThan(0);
    expect(result.writes.acceptedPresentOnce).toBe(result.writes.accepted);
    expect(result.writes.refusedAbsent).toBe(result.writes.refused);
    // Refused while PostgreSQL was away: 503 with Retry-After, never a 500.
    expect(result.writes.refusedStatuses.filter((status) => status >= 500 && status !== 503)).toEqual([]);
    expect(result.writes.duplicated).toBe(0);
    expect(result.crashes).toEqual([]);
  }, 600_000);
});
