import { companyIdParams, onboardingChecklist } from '@atrium/core';
import type { ApiDependencies } from '../deps';
import type { RouteRegistry } from '../http/routes';
import { getChecklist } from './get-checklist';

export function registerOnboardingRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  registry.add({
    method: 'get',
    path: '/api/companies/:companyId/onboarding',
    summary: "The company's guided setup checklist",
    tags: ['onboarding'],
    access: 'company',
    can: ['read', 'Onboarding'],
    params: companyIdParams,
    responses: { 200: { description: 'The checklist', schema: onboardingChecklist } },
    handler: async (ctx) => {
      ctx.body = await getChecklist(deps, ctx.state.membership.companyId);
    },
  });
}
