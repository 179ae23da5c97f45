import { apiError, billingTimelineEntry, consoleCompanyDetail, consoleCompanyParams, consoleCompanyQuery, consoleCompanyRow } from '@atrium/core';
import { Company, withTenant } from '@atrium/db';
import { z } from 'zod';
import type { ApiDependencies } from '../../deps';
import { notFound } from '../../http/http-error';
import type { RouteRegistry } from '../../http/routes';
import { validate } from '../../http/validate';
import { membersOf } from '../../team/list-members';
import { operatorScope } from '../operator-session';
import { recordOperatorAudit, recordSupportView } from '../record-operator-audit';
import { billingTimeline } from './billing-timeline';
import { loadCompanies } from './company-facts';

/**
 * The console's companies. Reading across companies needs a named system context as well
 * as the operator's own (`{ operator, system }`); the audit events go in the same
 * transaction. The list is audited in the operator log only (a search touches many
 * companies and shows only their plan and status); opening one company's account or
 * billing is audited in that company's own log too, where its owners see it.
 */
export function registerConsoleCompanyRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  const consoleScope = (operator: { id: string; email: string }, what: string) => ({ operator: operatorScope(operator), system: `operator console: ${what}` });

  registry.add({
    method: 'get',
    path: '/api/operator/companies',
    summary: 'Companies by name, slug, member email or id, with plan, status, seats, MRR and module states (the latest 200 that match)',
    tags: ['operator'],
    access: 'operator',
    query: consoleCompanyQuery,
    responses: { 200: { description: 'Matching companies, newest first', schema: z.object({ companies: z.array(consoleCompanyRow) }) } },
    handler: async (ctx) => {
      const query = validate(consoleCompanyQuery, ctx.query);
      const operator = ctx.state.operator;
      const companies = await withTenant(deps.orm, consoleScope(operator, 'company search'), async (em) => {
        const found = await loadCompanies(em, query);
        recordOperatorAudit(em, { operator, action: 'companies.searched', target: query.q ?? '', details: { ...query, results: found.length } });
        await em.flush();
        return found;
      });
      ctx.body = { companies: companies.map(({ allModules: _allModules, ...row }) => row) };
    },
  });

  registry.add({
    method: 'get',
    path: '/api/operator/companies/:companyId',
    summary: "One company's account: plan, status, seats, MRR, every module's state, owners, and its workflows in the Temporal UI (audited in its own log)",
    tags: ['operator'],
    access: 'operator',
    params: consoleCompanyParams,
    responses: {
      200: { description: 'The company', schema: consoleCompanyDetail },
      404: { description: 'No such company', schema: apiError },
    },
    handler: async (ctx) => {
      const { companyId } = validate(consoleCompanyParams, ctx.params);
      const operator = ctx.state.operator;
      ctx.body = await withTenant(deps.orm, consoleScope(operator, `view company ${companyId}`), async (em) => {
        const [facts] = await loadCompanies(em, { companyId }, 1);
        const company = facts && (await em.findOne(Company, { id: companyId }));
        if (!facts || !company) throw notFound('There is no company with that id.');
        const owners = (await membersOf(em, companyId)).filter((member) => member.role === 'owner').map(({ name, email }) => ({ name, email }));
        recordSupportView(em, { operator, companyId, companyName: company.name, view: 'company' });
        await em.flush();
        return {
          ...facts,
          legalName: company.legalName,
          billingEmail: company.billingEmail,
          country: company.country,
          currency: company.currency,
          owners,
          workflowsUrl: temporalWorkflowsUrl(deps, companyId),
        };
      });
    },
  });

  registry.add({
    method: 'get',
    path: '/api/operator/companies/:companyId/billing-timeline',
    summary: "One company's invoices, payments and subscription changes, newest first (audited in its own log)",
    tags: ['operator'],
    access: 'operator',
    params: consoleCompanyParams,
    responses: {
      200: { description: 'The billing timeline', schema: z.object({ companyName: z.string(), entries: z.array(billingTimelineEntry) }) },
      404: { description: 'No such company', schema: apiError },
    },
    handler: async (ctx) => {
      const { companyId } = validate(consoleCompanyParams, ctx.params);
      const operator = ctx.state.operator;
      ctx.body = await withTenant(deps.orm, consoleScope(operator, `view billing of ${companyId}`), async (em) => {
        const company = await em.findOne(Company, { id: companyId });
        if (!company) throw notFound('There is no company with that id.');
        const entries = await billingTimeline(em, companyId);
        recordSupportView(em, { operator, companyId, companyName: company.name, view: 'billing' });
        await em.flush();
        return { companyName: company.name, entries };
      });
    },
  });
}

/**
 * The Temporal UI's workflow list filtered by the company's search attribute
 * (workflows/src/search-attributes.ts), e.g.
 * http://localhost:8233/namespaces/default/workflows?query=AtriumCompanyId%3D%22…%22
 */
export function temporalWorkflowsUrl(deps: Pick<ApiDependencies, 'config'>, companyId: string): string {
  const { temporalUiUrl } = deps.config.operator;
  const namespace = encodeURIComponent(deps.config.temporal.namespace);
  return `${temporalUiUrl}/namespaces/${namespace}/workflows?query=${encodeURIComponent(`AtriumCompanyId="${companyId}"`)}`;
}
