/**
 * `npm run bench -- chaos [renewals]` (default 1000): renewals and a stream of API writes
 * on a stack of its own while, in turn, a worker is SIGKILLed, the Temporal server, then
 * PostgreSQL, then the API are killed and restarted (bench/chaos/chaos-run.ts). Prints what
 * the books say afterwards. Ports: ATRIUM_CHAOS_PG_PORT, ATRIUM_CHAOS_TEMPORAL_PORT,
 * ATRIUM_CHAOS_API_PORT (by default the benchmark's ports in bench-stack.ts, plus one).
 */
import path from 'node:path';
import { benchPorts } from '../bench-stack';
import { writeResults } from '../bench-run';
import { runChaos, type ChaosResult } from './chaos-run';

const root = path.resolve(import.meta.dirname, '../..');
const log = (line: string) => console.log(`[chaos] ${line}`);
const renewals = Number(process.argv[2] ?? 1000);
if (!Number.isSafeInteger(renewals) || renewals < 5) {
  console.error('usage: npm run bench -- chaos [renewals]   (a whole number ≥ 5; default 1000)');
  process.exit(2);
}
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

const result = await runChaos({
  root,
  dataDir: path.join(root, '.data', 'chaos'),
  ports: {
    postgres: port('ATRIUM_CHAOS_PG_PORT', benchPorts.postgres + 1),
    temporal: port('ATRIUM_CHAOS_TEMPORAL_PORT', benchPorts.temporal + 1),
    api: port('ATRIUM_CHAOS_API_PORT', benchPorts.api + 1),
  },
  renewals,
  log,
  settleTimeoutMs: 60 * 60_000,
});
const file = await writeResults(root, `chaos-${renewals}`, { at: new Date().toISOString(), ...result });
console.log(`\n${chaosTable(result)}\n`);
log(`figures written to ${path.relative(root, file)}`);
process.exit(0);

function chaosTable(result: ChaosResult): string {
  const rows: Array<[string, string, string]> = [
    ['what', 'expected', 'found'],
    ['renewals', '', String(result.renewals)],
    ['faults, in turn', '', result.faults.join('; ')],
    ['renewals with exactly one paid invoice', String(result.renewals), String(result.paidInvoicesPerRenewal.exactlyOne)],
    ['renewals with no paid invoice / with more than one', '0 / 0', `${result.paidInvoicesPerRenewal.none} / ${result.paidInvoicesPerRenewal.more}`],
    ['renewals with more than one renewal invoice', '0', String(result.renewalInvoicesPerRenewal.more)],
    ['paid invoices with exactly one successful charge', String(result.successfulChargesPerPaidInvoice.exactlyOne + result.successfulChargesPerPaidInvoice.none + result.successfulChargesPerPaidInvoice.more), String(result.successfulChargesPerPaidInvoice.exactlyOne)],
    ['paid invoices charged twice or more', '0', String(result.successfulChargesPerPaidInvoice.more)],
    ['invoice numbers issued / gaps', `${result.invoiceNumbers} / 0`, `${result.invoiceNumbers} / ${result.invoiceNumberGaps}`],
    ['subscriptions running again', String(result.renewals), String(result.runningAgain)],
    ['API writes accepted (2xx) and present once', String(result.writes.accepted), String(result.writes.acceptedPresentOnce)],
    ['API writes refused and absent', String(result.writes.refused), `${result.writes.refusedAbsent} (statuses ${result.writes.refusedStatuses.join(', ') || 'none'})`],
    ['API writes unanswered (killed mid-request): present', 'either', `${result.writes.unansweredPresent} of ${result.writes.unanswered}`],
    ['contacts stored twice', '0', String(result.writes.duplicated)],
    ['processes that died by themselves', 'none', result.crashes.join('; ') || 'none'],
    ['seconds until every renewal was paid and recorded', '', result.settledSeconds.toFixed(1)],
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: [string, string, string]) => `${row[0].padEnd(widths[0]!)}   ${row[1].padStart(widths[1]!)}   ${row[2]}`;
  return [line(rows[0]!), '-'.repeat(widths[0]! + widths[1]! + 20), ...rows.slice(1).map(line)].join('\n');
}
