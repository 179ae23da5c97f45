import type { ApiDependencies } from '../deps';

const timeoutMs = 2000;

async function within<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Is the database reachable, and does the Temporal namespace answer? */
export async function checkHealth(deps: ApiDependencies) {
  const [database, temporal] = await Promise.all([
    within(deps.authPool.query('select 1')).then(() => 'up' as const, () => 'down' as const),
    within(
      deps.temporalProbe.withDeadline(Date.now() + timeoutMs, () =>
        deps.temporalProbe.workflowService.describeNamespace({ namespace: deps.config.temporal.namespace }),
      ),
    ).then(
      () => 'up' as const,
      () => 'down' as const,
    ),
  ]);
  return { status: database === 'up' && temporal === 'up' ? ('ok' as const) : ('degraded' as const), database, temporal };
}
