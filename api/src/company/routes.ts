import { apiError, companyDetailsView, companyIdParams, createCompanyRequest, updateCompanyProfileRequest } from '@atrium/core';
import { Company, withTenant } from '@atrium/db';
import { z } from 'zod';
import type { ApiDependencies } from '../deps';
import type { RouteRegistry } from '../http/routes';
import { validate } from '../http/validate';
import { companyView, companyViewInOneTrip } from './company-view';
import { createCompany } from './create-company';
import { updateProfile } from './update-profile';

const companyResponse = companyDetailsView;

export function registerCompanyRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  registry.add({
    method: 'post',
    path: '/api/companies',
    summary: 'Create another company, owned by the signed-in person',
    tags: ['company'],
    access: 'person',
    body: createCompanyRequest,
    responses: { 201: { description: 'The new company', schema: z.object({ id: z.uuid(), name: z.string(), slug: z.string() }) } },
    handler: async (ctx) => {
      const { name } = validate(createCompanyRequest, ctx.request.body);
      ctx.status = 201;
      ctx.body = await createCompany(deps, ctx.state.person.id, name);
    },
  });

  registry.add({
    method: 'get',
    path: '/api/companies/:companyId',
    summary: 'The company: profile, branding, plan, seats, and what the person may do',
    tags: ['company'],
    access: 'company',
    can: ['read', 'Company'],
    params: companyIdParams,
    responses: { 200: { description: 'The company', schema: companyResponse } },
    handler: async (ctx) => {
      const { companyId } = ctx.state.membership;
      ctx.body = await companyViewInOneTrip(deps.orm, companyId, { role: ctx.state.membership.role, ability: ctx.state.ability, entitlements: ctx.state.entitlements });
    },
  });

  registry.add({
    method: 'patch',
    path: '/api/companies/:companyId/profile',
    summary: 'Change the company profile (owners and admins)',
    tags: ['company'],
    access: 'company',
    can: ['update', 'Company'],
    params: companyIdParams,
    body: updateCompanyProfileRequest,
    responses: { 200: { description: 'The company', schema: companyResponse }, 403: { description: 'Not allowed', schema: apiError } },
    handler: async (ctx) => {
      const changes = validate(updateCompanyProfileRequest, ctx.request.body);
      const { companyId } = ctx.state.membership;
      const company = await updateProfile(deps, companyId, ctx.state.person, changes);
      ctx.body = await withTenant(deps.orm, { companyId, userId: ctx.state.person.id }, (em) =>
        companyView(em, company, { role: ctx.state.membership.role, ability: ctx.state.ability, entitlements: ctx.state.entitlements }),
      );
    },
  });
}
