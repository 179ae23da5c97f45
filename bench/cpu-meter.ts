import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU milliseconds per unit of work (a workflow, a request) of each named process during a
 * phase: each meter reads its process's CPU seconds so far (undefined when it is unknown).
 * On a machine shared with other work, CPU per unit moves much less than units per second do.
 */
export function cpuPerUnit<Name extends string>(meters: Record<Name, () => number | undefined>) {
  const read = () => Object.fromEntries(Object.entries<() => number | undefined>(meters).map(([name, meter]) => [name, meter()])) as Record<Name, number | undefined>;
  const before = read();
  return {
    /** Each process's CPU milliseconds per unit, for `units` since the meter was made (undefined when unknown). */
    stop(units: number): Record<Name, number | undefined> {
      const after = read();
      return Object.fromEntries(
        (Object.keys(meters) as Name[]).map((name) => {
          const [from, to] = [before[name], after[name]];
          return [name, from === undefined || to === undefined ? undefined : ((to - from) * 1000) / units];
        }),
      ) as Record<Name, number | undefined>;
    },
  };
}

/**
 * For renewals: this process (the worker: activities, its workflow thread and Temporal's
 * core; and the client), the Temporal server and PostgreSQL (the postmaster and its backends).
 */
export function cpuMeter(pids: { temporal: number | undefined; postgres: number | undefined }) {
  const meter = cpuPerUnit({
    worker: ownCpuSeconds,
    temporal: () => (pids.temporal === undefined ? undefined : processCpuSeconds(pids.temporal, false)),
    postgres: () => (pids.postgres === undefined ? undefined : processTreeCpuSeconds(pids.postgres)),
  });
  return {
    /** CPU milliseconds per workflow, for `workflows` workflows since the meter was made. */
    stop(workflows: number) {
      const ms = meter.stop(workflows);
      const rounded = (value: number | undefined) => (value === undefined ? null : Math.round(value));
      return { workerMs: rounded(ms.worker), temporalMs: rounded(ms.temporal), postgresMs: rounded(ms.postgres) };
    },
  };
}

export function ownCpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

const clockTicksPerSecond = 100;

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces), or undefined. */
function statFields(pid: number | string): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** utime + stime (all threads), plus, with `reapedChildren`, what its exited children used. */
export function processCpuSeconds(pid: number | string, reapedChildren: boolean): number | undefined {
  const fields = statFields(pid);
  if (!fields) return undefined;
  const ticks = Number(fields[11]) + Number(fields[12]) + (reapedChildren ? Number(fields[13]) + Number(fields[14]) : 0);
  return ticks / clockTicksPerSecond;
}

/**
 * PostgreSQL forks a backend per connection: the postmaster, what its exited backends used
 * (added to it when it reaps them), and the backends alive now.
 */
export function processTreeCpuSeconds(parentPid: number): number | undefined {
  const parent = processCpuSeconds(parentPid, true);
  if (parent === undefined) return undefined;
  let children = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(entry);
    if (fields && Number(fields[1]) === parentPid) children += processCpuSeconds(entry, true) ?? 0;
  }
  return parent + children;
}
