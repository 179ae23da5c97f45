import { randomUUID } from 'node:crypto';
import type { ModuleKey } from '@atrium/core';
import { asOwner, signUpCompany } from './http';

export const analyticsPath = (companyId: string) => `/api/companies/${companyId}/modules/analytics`;

/** A company with Analytics and the given modules bought (card 4242), Analytics' default dashboards provisioned. */
export async function companyWithAnalytics(label: string, modules: ModuleKey[] = []) {
  const owner = await signUpCompany(label);
  const { api, companyId } = owner;
  await api.request('POST', `/api/companies/${companyId}/billing/payment-methods`, { number: '4242424242424242', expMonth: 12, expYear: 2040, cvc: '123' });
  for (const module of ['analytics', ...modules]) {
    const bought = await api.request('POST', `/api/companies/${companyId}/marketplace/${module}/purchase`);
    if (bought.status >= 300) throw new Error(`purchase ${module}: ${bought.status} ${JSON.stringify(bought.body)}`);
  }
  for (let attempt = 0; attempt < 150; attempt += 1) {
    const dashboards = await api.request('GET', `${analyticsPath(companyId)}/dashboards`);
    if (dashboards.status === 200 && dashboards.body.dashboards.length > 0) return owner;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Analytics was not provisioned');
}

/** Inserts one row as the owner in a named system context (fixtures written straight into the modules' tables). */
export async function insertRow(table: string, companyId: string, row: Record<string, unknown>): Promise<string> {
  const id = (row.id as string | undefined) ?? randomUUID();
  const values: Record<string, unknown> = { id, company_id: companyId, created_at: new Date(), updated_at: new Date(), ...row };
  const columns = Object.keys(values);
  await asOwner(`insert into "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) values (${columns.map((_, index) => `$${index + 1}`).join(', ')})`, Object.values(values));
  return id;
}

/** The id of one of the company's provisioned settings (a pipeline stage, a leave type, an expense category). */
export async function settingId(companyId: string, module: ModuleKey, kind: string, name?: string): Promise<string> {
  const [row] = await asOwner<{ id: string }>(`select id from module_setting where company_id = $1 and module = $2 and kind = $3 ${name ? 'and name = $4' : ''} order by position limit 1`, name ? [companyId, module, kind, name] : [companyId, module, kind]);
  if (!row) throw new Error(`no ${module} ${kind} setting`);
  return row.id;
}
