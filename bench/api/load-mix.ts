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
  const latencies = new Map(operations.map((operation) => [operation.name, [] as number[]]));
  const errors = new Map(operations.map((operation) => [operation.name, { count: 0, first: undefined as string | undefined }]));
  const owners = people.filter((person) => person.owner);
  let counter = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let sent = 0; sent < perClient; sent += 1) {
        const operation = operations[Math.floor(Math.random() * operations.length)]!;
        const senders = operation.ownersOnly ? owners : people;
        const person = senders[Math.floor(Math.random() * senders.length)]!;
        const request = (counter += 1);
        const path = operation.path(person, request);
        const began = performance.now();
        const answer = await person.client.request(operation.method, path, operation.body?.(person, request));
        latencies.get(operation.name)!.push(performance.now() - began);
        if (!(operation.ok ?? [200]).includes(answer.status)) {
          const failed = errors.get(operation.name)!;
          failed.count += 1;
          failed.first ??= `${operation.method} ${path} answered ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return operations.map((operation) => {
    const sorted = latencies.get(operation.name)!.sort((a, b) => a - b);
    const failed = errors.get(operation.name)!;
    return {
      operation: operation.name, requests: sorted.length, requestsPerSecond: sorted.length / seconds, p50Ms: percentile(sorted, 0.5), p99Ms: percentile(sorted, 0.99),
      errors: failed.count, ...(failed.first ? { firstError: failed.first } : {}),
    };
  });
}
