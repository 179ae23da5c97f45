import type { AtriumClient } from '../scripts/lib/api-client';

export interface LoadResult {
  operation: string;
  readers: number;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** The value below which `fraction` of the sorted samples lie (nearest rank). */
export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

/**
 * Every reader sends `perReader` requests one after the other (a person waits for a page
 * before asking for the next), all readers at once; each request's time is measured from
 * send to the last byte of the body. Any answer but 200 stops the run: a figure of errors
 * would measure nothing. Bounded by count, so it ends by itself.
 */
export async function runReaders(
  operation: string,
  readers: AtriumClient[],
  perReader: number,
  path: (reader: number, request: number) => string,
): Promise<LoadResult> {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    readers.map(async (client, reader) => {
      for (let request = 0; request < perReader; request += 1) {
        const url = path(reader, request);
        const sent = performance.now();
        const answer = await client.request('GET', url);
        latencies.push(performance.now() - sent);
        if (answer.status !== 200) throw new Error(`${operation}: GET ${url} answered ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    operation,
    readers: readers.length,
    requests: latencies.length,
    seconds,
    requestsPerSecond: latencies.length / seconds,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    maxMs: latencies.at(-1)!,
  };
}
