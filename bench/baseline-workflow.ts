// Bundled by the baseline worker only (its own task queue); never part of the product's bundle.
import { proxyActivities } from '@temporalio/workflow';

/** Empty activities under the names a renewal's activities have; the worker registers them. */
const activities = proxyActivities<Record<string, () => Promise<void>>>({
  // The same options as the subscription workflow's activities.
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/**
 * What a renewal costs Temporal alone: one after the other, the activities a renewal ran
 * (the list is read from a real renewal's history), each returning at once.
 */
export async function renewalBaselineWorkflow(activityTypes: string[]): Promise<void> {
  for (const type of activityTypes) await activities[type]!();
}
