import type { AtriumClient } from '../../scripts/lib/api-client';
import { percentile } from '../http-load';

/** One person of one company: their session and their company. */
export interface BenchPerson {
  client: AtriumClient;
  companyId: string;
  /** Owners may write anywhere; the demo's members are CRM viewers or editors. */
  owner: boolean;
}

export interface Operation {
  name: string;
  method: 'GET' | 'POST' | 'PATCH';
  /** The path for this person (and request number, to vary what is written). */
  path: (person: BenchPerson, request: number) => string;
  body?: (person: BenchPerson, request: number) => unknown;
  /** The answers that count as done (a write may be refused by a limit and still be measured). */
  ok?: readonly number[];
  /** Sent only as an owner (a write a member's role would refuse). */
  ownersOnly?: boolean;
}

export interface OperationFigures {
  operation: string;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers outside `ok` (counted in the figures all the same); the first one, to say what went wrong. */
  errors: number;
  firstError?: string;
}

/**
 * `clients` loops run at once; each sends `perClient` requests one after the other, every
 * one as a person drawn at random and an operation drawn from `operations` (one operation:
 * that endpoint alone). Latency is send to last byte. An unexpected answer is counted and
 * the first one kept, and the table shows them beside the figures: on a machine loaded by
 * other work a Temporal query can time out, and one such answer should not throw away
 * the whole run; a figure with errors beside it is read as such. The throughput of an
 * operation in a mix is its share of the whole run's time.
 */
export async function runMix(people: BenchPerson[], operations: Operation[], clients: number, perClient: number): Promise<OperationFigures[]> {
  const recorder = recorderFor(people, operations);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let sent = 0; sent < perClient; sent += 1) await recorder.send(performance.now());
    }),
  );
  return recorder.figures((performance.now() - started) / 1000);
}

/**
 * The same at a fixed rate: `clients` people at once, together sending `perSecond` requests
 * a second for `seconds`, each on a schedule of their own (every `clients / perSecond`
 * seconds from a random start). A closed loop at full speed measures throughput, and there
 * every client waits behind the 99 others, so its p99 is the queue; this measures how long an
 * answer takes while the machine keeps up. A request is timed from when it was due, so one
 * that waited for its client's previous answer counts that wait too.
 */
export async function runAtRate(people: BenchPerson[], operations: Operation[], clients: number, perSecond: number, seconds: number): Promise<OperationFigures[]> {
  const recorder = recorderFor(people, operations);
  const intervalMs = (clients / perSecond) * 1000;
  const perClient = Math.max(1, Math.round((seconds * perSecond) / clients));
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      const phase = Math.random() * intervalMs;
      for (let sent = 0; sent < perClient; sent += 1) {
        const due = started + phase + sent * intervalMs;
        const early = due - performance.now();
        if (early > 0) await new Promise((resolve) => setTimeout(resolve, early));
        await recorder.send(due);
      }
    }),
  );
  return recorder.figures((performance.now() - started) / 1000);
}

/** Draws, sends and times requests (from `from`, a `performance.now()`), and sums them up per operation. */
function recorderFor(people: BenchPerson[], operations: Operation[]) {
  const latencies = new Map(operations.map((operation) => [operation.name, [] as number[]]));
  const errors = new Map(operations.map((operation) => [operation.name, { count: 0, first: undefined as string | undefined }]));
  const owners = people.filter((person) => person.owner);
  let counter = 0;
  return {
    async send(from: number) {
      const operation = operations[Math.floor(Math.random() * operations.length)]!;
      const senders = operation.ownersOnly ? owners : people;
      const person = senders[Math.floor(Math.random() * senders.length)]!;
      const request = (counter += 1);
      const path = operation.path(person, request);
      const answer = await person.client.request(operation.method, path, operation.body?.(person, request));
      latencies.get(operation.name)!.push(performance.now() - from);
      if (!(operation.ok ?? [200]).includes(answer.status)) {
        const failed = errors.get(operation.name)!;
        failed.count += 1;
        failed.first ??= `${operation.method} ${path} answered ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`;
      }
    },
    figures(seconds: number): OperationFigures[] {
      return operations.map((operation) => {
        const sorted = latencies.get(operation.name)!.sort((a, b) => a - b);
        const failed = errors.get(operation.name)!;
        return {
          operation: operation.name, requests: sorted.length, requestsPerSecond: sorted.length / seconds, p50Ms: percentile(sorted, 0.5), p99Ms: percentile(sorted, 0.99),
          errors: failed.count, ...(failed.first ? { firstError: failed.first } : {}),
        };
      });
    },
  };
}
