/** Days after the first failed charge on which it is retried. */
export const dunningRetryDays = [1, 3, 5, 7] as const;
/** Days after the first failed charge on which an unpaid invoice is written off. */
export const dunningWriteOffDays = 30;

const dayMs = 86_400_000;

export interface DunningSchedule {
  /** The next scheduled retry after `now`; null once the last one has passed. */
  nextRetryAt: string | null;
  writeOffAt: string;
}

/**
 * Where dunning stands in its schedule, from the moment the renewal's first charge failed:
 * what the billing page shows, read from PostgreSQL, not asked of the workflow.
 */
export function dunningScheduleOf(firstFailedAt: Date, now: Date): DunningSchedule {
  const first = firstFailedAt.getTime();
  const next = dunningRetryDays.map((day) => first + day * dayMs).find((at) => at > now.getTime());
  return {
    nextRetryAt: next === undefined ? null : new Date(next).toISOString(),
    writeOffAt: new Date(first + dunningWriteOffDays * dayMs).toISOString(),
  };
}
