import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time spent during a phase by this process (the worker: activities, its workflow
 * thread and Temporal's core; and the client), by the Temporal server and by PostgreSQL
 * (the postmaster and its backends). On a machine shared with other work, CPU per
 * workflow moves much less than workflows per second do.
 */
export function cpuMeter(pids: { temporal: number | undefined; postgres: number | undefined }) {
  const read = () => ({
    worker: ownCpuSeconds(),
    temporal: pids.temporal === undefined ? undefined : processCpuSeconds(pids.temporal, false),
    postgres: pids.postgres === undefined ? undefined : processTreeCpuSeconds(pids.postgres),
  });
  const before = read();
  return {
    /** CPU milliseconds per workflow, for `workflows` workflows since the meter was made. */
    stop(workflows: number) {
      const after = read();
      const perWorkflow = (from: number | undefined, to: number | undefined) =>
        from === undefined || to === undefined ? null : Math.round(((to - from) * 1000) / workflows);
      return {
        workerMs: perWorkflow(before.worker, after.worker),
        temporalMs: perWorkflow(before.temporal, after.temporal),
        postgresMs: perWorkflow(before.postgres, after.postgres),
      };
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
