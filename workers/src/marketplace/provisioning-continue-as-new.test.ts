import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createCompanyWithOwner } from '@atrium/db/testing';
import { deprovisionSignal, installationStateQuery, provisionSignal, provisioningWorkflowId } from '@atrium/workflows';
import { eventually } from '../../test/billing-harness';
import { startServerContinuingAsNewAt } from '../../test/continue-as-new-server';

const taskQueue = 'provisioning-can-test';

describe('provisioning across continue-as-new', () => {
  let server: Awaited<ReturnType<typeof startServerContinuingAsNewAt>>;
  // Small enough that a run continues as new after a couple of changes, so that some
  // signal arrives in the very workflow task that suggests continuing as new.
  beforeAll(async () => {
    server = await startServerContinuingAsNewAt(17, taskQueue);
  });
  afterAll(() => server?.stop());

  it('a module bought and removed again and again ends as the last signal asked, whatever run received it', async () => {
    const { companyId } = await createCompanyWithOwner(inject('ownerUrl'), 'Undecided Co', { billingRows: false });
    const workflowId = provisioningWorkflowId(companyId, 'crm');
    const started = await server.env.client.workflow.start('provisioningWorkflow', { workflowId, taskQueue, args: [{ companyId, module: 'crm' }] });
    const handle = server.env.client.workflow.getHandle(workflowId);
    const installation = (wanted: string) =>
      eventually(() => handle.query(installationStateQuery).catch(() => null), (state) => state?.status === wanted, 8_000);
    expect((await installation('active'))?.status).toBe('active');

    const asked: string[] = [];
    const reached: string[] = [];
    for (const wanted of ['removed', 'active', 'removed', 'active', 'removed', 'active'] as const) {
      await handle.signal(wanted === 'removed' ? deprovisionSignal : provisionSignal);
      asked.push(wanted);
      reached.push((await installation(wanted))?.status ?? 'none');
    }
    expect(reached).toEqual(asked);
    // It did continue as new along the way.
    expect((await handle.describe()).runId).not.toBe(started.firstExecutionRunId);
  });
});
