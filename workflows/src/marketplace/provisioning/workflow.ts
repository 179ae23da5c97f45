import { allHandlersFinished, condition, continueAsNew, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { MarketplaceActivities } from '../activities';
import {
  deprovisionSignal,
  installationStateQuery,
  moduleDataKeptDays,
  provisionSignal,
  type InstallationState,
  type ProvisioningInput,
} from './messages';

const { provisionModule, deprovisionModule, purgeModule } = proxyActivities<MarketplaceActivities>({
  // Each write is keyed by (company, module, …): a retry after a crash writes nothing twice.
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

const dayMs = 86_400_000;

/**
 * `provision:{companyId}:{module}`: a module's life at one company. It sets the module up
 * when bought or tried, tears it down when it ends (the data kept for 30 days), and
 * purges the data after that unless the module came back. Signals say what is wanted;
 * the workflow converges on it.
 */
export async function provisioningWorkflow(input: ProvisioningInput): Promise<InstallationState> {
  const { companyId, module } = input;
  let state: InstallationState = input.state ?? { status: 'pending', purgeAfter: null };
  // What the signals asked for is carried over continue-as-new as it is, not derived from
  // what is installed: a signal received by a run that is about to continue as new would
  // otherwise be forgotten by the next one (a paid module never set up, a removed one kept).
  let wanted: 'active' | 'removed' = input.wanted ?? (state.status === 'removed' ? 'removed' : 'active');
  let changes = 0;

  setHandler(provisionSignal, () => {
    wanted = 'active';
    changes += 1;
  });
  setHandler(deprovisionSignal, () => {
    wanted = 'removed';
    changes += 1;
  });
  setHandler(installationStateQuery, () => state);

  for (;;) {
    // Converge first, then consider continuing as new: a change that arrived with the
    // suggestion is acted on here rather than left to the next run.
    if (wanted === 'active' && state.status !== 'active') {
      await provisionModule({ companyId, module });
      state = { status: 'active', purgeAfter: null };
    }
    if (wanted === 'removed' && state.status === 'active') {
      const purgeAfter = new Date(Date.now() + moduleDataKeptDays * dayMs).toISOString();
      await deprovisionModule({ companyId, module, purgeAfter });
      state = { status: 'removed', purgeAfter };
    }
    if (workflowInfo().continueAsNewSuggested) break;
    const seen = changes;
    if (state.status === 'removed' && state.purgeAfter) {
      const untilPurge = Math.max(0, Date.parse(state.purgeAfter) - Date.now());
      const changed = await condition(() => changes !== seen || workflowInfo().continueAsNewSuggested, untilPurge);
      if (!changed) {
        await purgeModule({ companyId, module });
        state = { status: 'purged', purgeAfter: null };
        return state;
      }
    } else {
      await condition(() => changes !== seen || workflowInfo().continueAsNewSuggested);
    }
  }
  await condition(allHandlersFinished);
  // `wanted` is read at the last moment: signals handled up to here are in it.
  return continueAsNew<typeof provisioningWorkflow>({ companyId, module, state, wanted });
}
