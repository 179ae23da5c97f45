import type { SignalDefinition } from '@temporalio/common';
import type { Client } from '@temporalio/client';
import { companyIdAttribute, deprovisionSignal, provisionSignal, provisioningWorkflowId, type MarketplaceActivities } from '@atrium/workflows';

export interface TemporalAccess {
  client: Client;
  taskQueue: string;
}

/**
 * Tells `provision:{companyId}:{module}` what is wanted, starting it when it is not
 * running (a first purchase, or a module bought again after its data was purged).
 * Signals are idempotent here: asking twice for "active" provisions once.
 */
function signalProvisioning(temporal: TemporalAccess, signal: SignalDefinition<[]>) {
  return async ({ companyId, module }: { companyId: string; module: Parameters<typeof provisioningWorkflowId>[1] }) => {
    await temporal.client.workflow.signalWithStart('provisioningWorkflow', {
      workflowId: provisioningWorkflowId(companyId, module),
      taskQueue: temporal.taskQueue,
      args: [{ companyId, module }],
      signal,
      typedSearchAttributes: [{ key: companyIdAttribute, value: companyId }],
    });
  };
}

export const activateModule = (temporal: TemporalAccess): MarketplaceActivities['activateModule'] => signalProvisioning(temporal, provisionSignal);
export const deactivateModule = (temporal: TemporalAccess): MarketplaceActivities['deactivateModule'] => signalProvisioning(temporal, deprovisionSignal);
