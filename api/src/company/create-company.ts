import { slugify } from '@atrium/core';
import { Company, Membership, withTenant } from '@atrium/db';
import { randomBytes, randomUUID } from 'node:crypto';
import type { ApiDependencies } from '../deps';
import { startSubscription } from '../billing/subscription-workflow';
import { startOnboarding } from '../onboarding/start-onboarding';

/**
 * A new company with `userId` as its owner, its onboarding and its subscription (on the
 * default plan) started. Temporal is called
 * inside the transaction: if it refuses, the company is rolled back with it.
 */
export async function createCompany(deps: ApiDependencies, userId: string, name: string) {
  const companyId = randomUUID();
  return withTenant(deps.orm, { companyId, userId }, async (em) => {
    const company = em.create(Company, {
      id: companyId,
      name,
      slug: `${slugify(name)}-${randomBytes(3).toString('hex')}`,
    });
    em.create(Membership, { id: randomUUID(), company, userId, role: 'owner', moduleRoles: {} });
    await em.flush();
    await startOnboarding(deps.temporal, deps.config.temporal.taskQueue, company.id);
    await startSubscription(deps.temporal, deps.config.temporal.taskQueue, company);
    return { id: company.id, name: company.name, slug: company.slug };
  });
}
