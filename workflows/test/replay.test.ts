import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import proto from '@temporalio/proto';
import { Worker } from '@temporalio/worker';

/**
 * Histories of real runs (recorded by workflows/scripts/record-histories.ts) replayed
 * against the workflow code as it is now. A change that would break a running workflow
 * (a command added, removed or reordered without `patched()`) fails here, not in
 * production. docs/workflow-versioning.md says what to do when it does.
 */
const historiesDir = path.join(import.meta.dirname, 'histories');
const workflowsPath = path.join(import.meta.dirname, '../src/index.ts');

interface Fixture {
  workflowId: string;
  workflowType: string;
  history: Record<string, unknown>;
}

const fixtures = readdirSync(historiesDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({ file, ...(JSON.parse(readFileSync(path.join(historiesDir, file), 'utf8')) as Fixture) }));

describe('recorded workflow histories', () => {
  it('cover every workflow', () => {
    expect(new Set(fixtures.map((fixture) => fixture.workflowType))).toEqual(
      new Set(['subscriptionWorkflow', 'dunningWorkflow', 'trialWorkflow', 'provisioningWorkflow', 'onboardingWorkflow', 'cardExpiryScanWorkflow', 'leaveRequestWorkflow', 'notificationDigestWorkflow', 'expenseClaimWorkflow', 'projectTaskReminderWorkflow', 'supportTicketSlaWorkflow', 'analyticsReportWorkflow']),
    );
  });

  it('replay with the current workflow code', async () => {
    const histories = fixtures.map(({ workflowId, history }) => ({
      workflowId,
      history: proto.temporal.api.history.v1.History.fromObject(history),
    }));
    const failures: string[] = [];
    let replayed = 0;
    for await (const result of Worker.runReplayHistories({ workflowsPath, replayName: 'recorded-histories' }, histories)) {
      replayed += 1;
      if (result.error) failures.push(`${fixtures.find((f) => f.workflowId === result.workflowId)?.file ?? result.workflowId}: ${result.error.message}`);
    }
    expect(failures).toEqual([]);
    expect(replayed).toBe(fixtures.length);
  }, 120_000);
});
