import { createMailer, type MikroORM } from '@atrium/db';
import { createSandboxGateway } from '../src/billing/gateways/sandbox/sandbox-gateway';
import type { ActivityDependencies } from '../src/activities';
import type { TemporalAccess } from '../src/marketplace/module-activation';

/** The real dependencies a test worker runs with: its database, the sandbox gateway, the outbox mailer. */
export function testActivityDependencies(orm: MikroORM, workflowClient: TemporalAccess = noWorkflowClient): ActivityDependencies {
  return { orm, gateway: createSandboxGateway({ orm }), mailer: createMailer({ orm }), workflowClient };
}

/** For tests of activities that never start or signal a workflow. */
const noWorkflowClient: TemporalAccess = {
  get client(): never {
    throw new Error('This test gave its activities no Temporal client.');
  },
  taskQueue: 'none',
};
