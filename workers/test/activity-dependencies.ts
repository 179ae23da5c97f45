import { createMailer, type MikroORM } from '@atrium/db';
import { createSandboxGateway } from '../src/billing/gateways/sandbox/sandbox-gateway';
import type { ActivityDependencies } from '../src/activities';

/** The real dependencies a test worker runs with: its database, the sandbox gateway, the outbox mailer. */
export function testActivityDependencies(orm: MikroORM, options: { chargeLatencyMs?: number } = {}): ActivityDependencies {
  return { orm, gateway: createSandboxGateway({ orm, ...options }), mailer: createMailer({ orm }) };
}
