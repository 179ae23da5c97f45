import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, ApiClient, signUpCompany, uniqueEmail } from '../../test/http';
import { signedInOperator } from '../../test/operators';
import { leaveNotice } from '../../test/notices';
import { addGuest, projectsPath } from '../../test/projects';
import { pngImage } from '../../../scripts/test/png-image';
import { recordKey } from './record-key';

/**
 * The isolation suite. Company A is filled with data of every kind; a person from company B
 * (its owner, the most powerful role) then calls every route of /api/openapi.json with A's
 * company id and A's record ids, and with B's company id and A's record ids. Every answer
 * must be 403 or 404 and carry none of A's data. Both companies keep HR records (an
 * employee and a leave request each), so HR's record routes are also tried by A's owner
 * with B's records inside A's company: not found, and none of B's data. The routes come
 * from the OpenAPI document, so a new route is covered the day it is added.
 */

interface Operation {
  method: string;
  path: string;
  hasJsonBody: boolean;
  hasRawBody: boolean;
}

/** Routes without a company in their path, and why each is safe to leave out of the sweep. */
const companylessRoutes: Record<string, string> = {
  'get /api/health': 'no company data',
  'get /api/catalog': 'public prices, no company data',
  'post /api/signup': 'creates a new company',
  'post /api/login': 'the person only',
  'post /api/logout': 'the person only',
  'get /api/me': 'checked below: lists only the caller’s companies',
  'post /api/companies': 'creates a new company owned by the caller',
  'get /api/invitations/{token}': 'checked below: a guessed token finds nothing',
  'post /api/invitations/accept': 'checked below: a guessed token finds nothing',
  'post /api/webhooks/stripe': 'Stripe, not a person: refused without a valid signature (stripe-webhook tests)',
  'get /api/project-guest-invitations/{token}': 'checked below: a guessed token finds nothing',
  'post /api/project-guest-invitations/accept': 'checked below: a guessed token finds nothing',
  'get /api/guest/projects': 'checked below: lists only the projects the caller is a guest of',
  'get /api/guest/projects/{projectId}': 'checked below: a guest of P gets 404 for Q, a member of B for A’s project',
  'get /api/guest/projects/{projectId}/tasks/{taskId}': 'checked below: as above, and a task of Q inside P is not found',
  'get /api/public/support/{companySlug}': 'a desk’s public name and address, as its website shows them; checked below',
  'post /api/public/support/{companySlug}/tickets': 'the public form: files into the desk its slug names only; checked below',
  'get /api/public/sites/{siteSlug}/page': 'the published site: serves the pages of the site its slug names only; checked below',
  'get /api/public/site-hosts/{host}/page': 'the published site on a connected domain: that site’s pages only; checked below',
  'get /api/public/sites/{siteSlug}/sitemap': 'the published pages of the site its slug names; checked below',
  'get /api/public/site-hosts/{host}/sitemap': 'the published pages of the site on that domain; checked below',
  'get /api/public/sites/{siteSlug}/media/{mediaId}': 'an image of the site its slug names, never another site’s; checked below',
};

/** Client guests' own doors (no company in the path): walked by a guest and by B's owner below. */
const isGuestRoute = (path: string) => path.startsWith('/api/guest/');

/**
 * The operator console's routes (/api/operator/…, some with a `{companyId}`): no company
 * session reaches them at all, which operator-isolation.test.ts walks as every company role.
 */
const isOperatorRoute = (path: string) => path.startsWith('/api/operator/');

/** A body that passes validation, so a refusal cannot be a mere 400. */
const sampleBodies: Record<string, unknown> = {
  'post /api/companies/{companyId}/help/tickets': { category: 'billing', subject: 'Intruder ticket', description: 'Opened in another company.' },
  'post /api/companies/{companyId}/help/tickets/{ticketId}/messages': { body: 'Taken over' },
  'post /api/companies/{companyId}/help/tickets/{ticketId}/status': { status: 'closed' },
  'patch /api/companies/{companyId}/profile': { legalName: 'Taken Over Ltd' },
  'patch /api/companies/{companyId}/branding': { primaryColor: '#000000' },
  'patch /api/companies/{companyId}/members/{memberId}': { role: 'admin' },
  'post /api/companies/{companyId}/ownership': { memberId: '@memberId' },
  'post /api/companies/{companyId}/invitations': { email: 'intruder@example.com', role: 'member' },
  'post /api/companies/{companyId}/billing/preview': { change: { kind: 'plan', to: 'scale' } },
  'post /api/companies/{companyId}/billing/changes': { change: { kind: 'plan', to: 'scale' } },
  'post /api/companies/{companyId}/billing/pause': { until: null },
  'post /api/companies/{companyId}/billing/payment-methods': { number: '4242 4242 4242 4242', expMonth: 12, expYear: 2040, cvc: '123' },
  'patch /api/companies/{companyId}/modules/{module}/settings/{settingId}': { name: 'Taken over' },
  'post /api/companies/{companyId}/modules/crm/contacts': { firstName: 'Intruder' },
  'patch /api/companies/{companyId}/modules/crm/contacts/{contactId}': { firstName: 'Taken over' },
  'post /api/companies/{companyId}/modules/crm/organizations': { name: 'Intruder Ltd' },
  'post /api/companies/{companyId}/modules/crm/deals': { title: 'Intruder', valueMinor: 1 },
  'patch /api/companies/{companyId}/modules/crm/deals/{dealId}': { title: 'Taken over' },
  'post /api/companies/{companyId}/modules/crm/deals/{dealId}/move': { stageId: '00000000-0000-4000-8000-000000000000' },
  'post /api/companies/{companyId}/modules/crm/activities': { kind: 'note', body: 'Intruder', contactId: '@contactId' },
  'post /api/companies/{companyId}/modules/crm/tasks': { title: 'Intruder', dueAt: '2030-01-01T09:00:00Z', assigneeId: 'x' },
  'patch /api/companies/{companyId}/modules/crm/tasks/{taskId}': { done: true },
  'post /api/companies/{companyId}/modules/crm/custom-fields': { label: 'Intruder' },
  'post /api/companies/{companyId}/modules/crm/imports': { csv: 'First name\nIntruder\n' },
  'post /api/companies/{companyId}/modules/crm/imports/preview': { csv: 'First name\nIntruder\n' },
  'post /api/companies/{companyId}/modules/hr/employees': { name: 'Intruder', startDate: '2026-01-05', workEmail: 'intruder@example.com' },
  'patch /api/companies/{companyId}/modules/hr/employees/{employeeId}': { jobTitle: 'Taken over' },
  'post /api/companies/{companyId}/modules/hr/employees/import': { csv: 'Name,Work email,Start date\nIntruder,intruder@example.com,2026-01-05\n' },
  'post /api/companies/{companyId}/modules/hr/employees/import/preview': { csv: 'Name,Work email,Start date\nIntruder,intruder@example.com,2026-01-05\n' },
  'post /api/companies/{companyId}/modules/hr/leave-types': { name: 'Intruder leave', daysPerYear: 5 },
  'post /api/companies/{companyId}/modules/hr/leave-requests': { leaveTypeId: '@leaveTypeId', startDate: '2031-03-03', endDate: '2031-03-04' },
  'post /api/companies/{companyId}/modules/hr/leave-requests/{leaveRequestId}/decision': { decision: 'approve', note: 'Taken over' },
  'put /api/companies/{companyId}/help/articles/{articleId}/vote': { helpful: false },
  'put /api/companies/{companyId}/modules/finance/settings': { approverUserId: null, approvalThresholdMinor: 1 },
  'post /api/companies/{companyId}/modules/finance/categories': { name: 'Intruder category' },
  'post /api/companies/{companyId}/modules/finance/claims': { amountMinor: 100, currency: 'EUR', spentOn: '2031-03-03', categoryId: '@categoryId', merchant: 'Intruder' },
  'patch /api/companies/{companyId}/modules/finance/claims/{claimId}': { merchant: 'Taken over' },
  'post /api/companies/{companyId}/modules/finance/claims/{claimId}/decision': { decision: 'approve', note: 'Taken over' },
  'post /api/companies/{companyId}/modules/finance/bank-accounts': { name: 'Intruder account', currency: 'EUR' },
  'post /api/companies/{companyId}/modules/finance/bank-accounts/{accountId}/import': { csv: 'Date,Amount,Description\n2031-03-03,-1.00,Intruder\n' },
  'post /api/companies/{companyId}/modules/finance/bank-accounts/{accountId}/import/preview': { csv: 'Date,Amount,Description\n2031-03-03,-1.00,Intruder\n' },
  'patch /api/companies/{companyId}/modules/finance/transactions/{transactionId}': { category: 'Taken over' },
  'post /api/companies/{companyId}/modules/finance/transactions/{transactionId}/match': { claimId: '@claimId' },
  'post /api/companies/{companyId}/modules/finance/won-deals/{dealId}/invoice': { invoicedOn: '2031-03-03' },
  'post /api/companies/{companyId}/notifications/read': { category: 'billing_failure' },
  'post /api/companies/{companyId}/help/chats': { body: 'Intruder chat' },
  'post /api/companies/{companyId}/help/chats/{chatId}/messages': { body: 'Intruder line' },
  'post /api/companies/{companyId}/help/chats/{chatId}/typing': { typing: true },
  'put /api/companies/{companyId}/notifications/preferences': { categories: [{ category: 'billing', inApp: false, mail: false }], dailyDigest: true },
  'post /api/companies/{companyId}/modules/projects/projects': { name: 'Intruder project' },
  'patch /api/companies/{companyId}/modules/projects/projects/{projectId}': { name: 'Taken over' },
  'post /api/companies/{companyId}/modules/projects/projects/{projectId}/tasks': { title: 'Intruder task' },
  'patch /api/companies/{companyId}/modules/projects/projects/{projectId}/tasks/{taskId}': { title: 'Taken over' },
  'post /api/companies/{companyId}/modules/projects/projects/{projectId}/tasks/{taskId}/move': { status: 'done' },
  'post /api/companies/{companyId}/modules/projects/projects/{projectId}/tasks/{taskId}/checklist': { label: 'Intruder item' },
  'patch /api/companies/{companyId}/modules/projects/projects/{projectId}/tasks/{taskId}/checklist/{itemId}': { done: true },
  'post /api/companies/{companyId}/modules/projects/projects/{projectId}/tasks/{taskId}/comments': { body: 'Intruder comment' },
  'post /api/companies/{companyId}/modules/projects/projects/{projectId}/milestones': { name: 'Intruder milestone', dueOn: '2031-01-01' },
  'patch /api/companies/{companyId}/modules/projects/projects/{projectId}/milestones/{milestoneId}': { reached: true },
  'post /api/companies/{companyId}/modules/projects/projects/{projectId}/guests': { email: 'intruder@example.com', name: 'Intruder' },
  'post /api/companies/{companyId}/modules/support/tickets': { requesterEmail: 'intruder@example.com', subject: 'Intruder', body: 'Intruder' },
  'patch /api/companies/{companyId}/modules/support/tickets/{ticketId}': { status: 'solved' },
  'post /api/companies/{companyId}/modules/support/tickets/{ticketId}/replies': { body: 'Intruder reply' },
  'post /api/companies/{companyId}/modules/support/saved-replies': { title: 'Intruder', body: 'Intruder' },
  'patch /api/companies/{companyId}/modules/support/saved-replies/{replyId}': { title: 'Taken over' },
  'post /api/companies/{companyId}/modules/support/sla-policies': { name: 'Intruder', targets: { urgent: { firstResponseHours: 1, resolutionHours: 2 }, high: { firstResponseHours: 1, resolutionHours: 2 }, normal: { firstResponseHours: 1, resolutionHours: 2 }, low: { firstResponseHours: 1, resolutionHours: 2 } } },
  'patch /api/companies/{companyId}/modules/support/sla-policies/{policyId}': { name: 'Taken over' },
  'post /api/companies/{companyId}/modules/analytics/dashboards': { name: 'Intruder dashboard' },
  'post /api/companies/{companyId}/modules/analytics/dashboards/{dashboardId}/widgets': { metric: 'revenue_won' },
  'patch /api/companies/{companyId}/modules/analytics/dashboards/{dashboardId}/widgets/{widgetId}': { title: 'Taken over' },
  'post /api/companies/{companyId}/modules/analytics/reports': { dashboardId: '@dashboardId', recipients: ['intruder@example.com'] },
  'patch /api/companies/{companyId}/modules/analytics/reports/{reportId}': { recipients: ['intruder@example.com'] },
  'post /api/companies/{companyId}/modules/cms/sites': { name: 'Intruder site', slug: 'intruder-site' },
  'patch /api/companies/{companyId}/modules/cms/sites/{siteId}': { name: 'Taken over', domain: 'www.intruder.example' },
  'post /api/companies/{companyId}/modules/cms/sites/{siteId}/pages': { title: 'Intruder page', slug: 'intruder' },
  'patch /api/companies/{companyId}/modules/cms/pages/{pageId}': { title: 'Taken over', html: '<p>Intruder</p>' },
};

/** A's Analytics trial with a dashboard of its own, a widget and a weekly report. */
async function withAnalyticsRecords(company: Awaited<ReturnType<typeof signUpCompany>>) {
  const base = `/api/companies/${company.companyId}/modules/analytics`;
  await company.api.request('POST', `/api/companies/${company.companyId}/marketplace/analytics/trial`);
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const dashboards = await company.api.request('GET', `${base}/dashboards`);
    if (dashboards.status === 200 && dashboards.body.dashboards.length > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const dashboard = await company.api.request('POST', `${base}/dashboards`, { name: 'Alpha secret dashboard' });
  const widget = await company.api.request('POST', `${base}/dashboards/${dashboard.body.id}/widgets`, { metric: 'revenue_won', title: 'Alpha secret widget' });
  const report = await company.api.request('POST', `${base}/reports`, { dashboardId: dashboard.body.id, recipients: ['alpha-report@alpha.example'] });
  if (dashboard.status !== 201 || widget.status !== 201 || report.status !== 201) throw new Error(`Analytics records: ${dashboard.status} ${widget.status} ${report.status}`);
  return {
    ids: { dashboardId: dashboard.body.id as string, widgetId: widget.body.id as string, reportId: report.body.id as string },
    secrets: ['Alpha secret dashboard', 'Alpha secret widget', 'alpha-report@alpha.example'],
  };
}

/** A's Projects trial with two projects: P, shared with a client guest, and Q, which is not. */
async function withProjects(company: Awaited<ReturnType<typeof signUpCompany>>) {
  await company.api.request('POST', `/api/companies/${company.companyId}/marketplace/projects/trial`);
  const base = projectsPath(company.companyId);
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const landing = await company.api.request('GET', base);
    if (landing.status === 200 && landing.body.settings.length > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const shared = await company.api.request('POST', `${base}/projects`, { name: 'Alpha shared project' });
  const secret = await company.api.request('POST', `${base}/projects`, { name: 'Alpha secret project', description: 'Alpha secret project plan' });
  if (shared.status !== 201 || secret.status !== 201) throw new Error(`projects: ${shared.status} ${secret.status} ${JSON.stringify(secret.body)}`);
  const q = `${base}/projects/${secret.body.project.id}`;
  const task = await company.api.request('POST', `${q}/tasks`, { title: 'Alpha secret project task' });
  const item = await company.api.request('POST', `${q}/tasks/${task.body.id}/checklist`, { label: 'Alpha secret checklist item' });
  await company.api.request('POST', `${q}/tasks/${task.body.id}/comments`, { body: 'Alpha secret comment' });
  const milestone = await company.api.request('POST', `${q}/milestones`, { name: 'Alpha secret milestone', dueOn: '2031-02-01' });
  const { guest, guestId } = await addGuest(company.api, company.companyId, shared.body.project.id, uniqueEmail('alpha-guest'));
  return {
    guest,
    sharedProjectId: shared.body.project.id as string,
    sharedTaskId: shared.body.tasks[0].id as string,
    ids: { projectId: secret.body.project.id as string, projectTaskId: task.body.id as string, itemId: item.body.id as string, milestoneId: milestone.body.id as string, guestId },
    secrets: ['Alpha secret project', 'Alpha secret project plan', 'Alpha secret project task', 'Alpha secret checklist item', 'Alpha secret comment', 'Alpha secret milestone'],
  };
}

/** Support desk in trial, with a ticket from a customer and a saved reply. */
async function withSupportRecords(company: Awaited<ReturnType<typeof signUpCompany>>, secret: { subject: string; email: string; reply: string }) {
  const base = `/api/companies/${company.companyId}`;
  await company.api.request('POST', `${base}/marketplace/support/trial`);
  let policyId: string | undefined;
  for (let attempt = 0; attempt < 100 && !policyId; attempt += 1) {
    policyId = (await company.api.request('GET', `${base}/modules/support/sla-policies`)).body?.policies?.[0]?.id;
    if (!policyId) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!policyId) throw new Error('Support desk was not provisioned');
  const ticket = await company.api.request('POST', `${base}/modules/support/tickets`, { requesterEmail: secret.email, subject: secret.subject, body: `${secret.subject} body` });
  const reply = await company.api.request('POST', `${base}/modules/support/saved-replies`, { title: secret.reply, body: `${secret.reply} body` });
  if (ticket.status !== 201 || reply.status !== 201) throw new Error(`Support records: ${ticket.status} ${reply.status}`);
  const mailbox = await company.api.request('GET', `${base}/modules/support/mailbox`);
  return { ticketId: ticket.body.id as string, replyId: reply.body.id as string, policyId, slug: (mailbox.body.address as string).split('@')[0]! };
}

/** CMS in trial: a site on a connected domain whose home page is published (a revision) with a secret line, a draft with another, and an image. */
async function withCmsRecords(company: Awaited<ReturnType<typeof signUpCompany>>, secret: { published: string; draft: string }) {
  const base = `/api/companies/${company.companyId}/modules/cms`;
  await company.api.request('POST', `/api/companies/${company.companyId}/marketplace/cms/trial`);
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if ((await company.api.request('GET', base)).body?.provisioned) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const slug = `ct-${company.companyId.slice(0, 8)}`;
  const site = await company.api.request('POST', `${base}/sites`, { name: `${secret.published} site`, slug });
  if (site.status !== 201) throw new Error(`CMS site: ${site.status} ${JSON.stringify(site.body)}`);
  await company.api.request('PATCH', `${base}/sites/${site.body.id}`, { domain: `www.${slug}.example` });
  const [home, about] = site.body.pages as Array<{ id: string }>;
  await company.api.request('PATCH', `${base}/pages/${home!.id}`, { html: `<p>${secret.published}</p>` });
  const published = await company.api.request('POST', `${base}/pages/${home!.id}/publish`);
  await company.api.request('PATCH', `${base}/pages/${home!.id}`, { html: `<p>${secret.draft}</p>` });
  await company.api.request('PATCH', `${base}/pages/${about!.id}`, { html: `<p>${secret.draft} about</p>` });
  const media = await fetch(`${company.api.baseUrl}${base}/sites/${site.body.id}/media`, { method: 'POST', headers: { cookie: company.api.cookie, 'content-type': 'application/octet-stream' }, body: new Uint8Array(pngImage(6, 6)) });
  const mediaId = ((await media.json()) as { id: string }).id;
  return { siteId: site.body.id as string, pageId: home!.id, revisionId: published.body.revisions[0].id as string, mediaId, slug, host: `www.${slug}.example` };
}

/** HR in trial, with the owner's own employee record and a leave request of theirs. */
async function withHrRecords(company: Awaited<ReturnType<typeof signUpCompany>>, secret: { name: string; email: string; note: string }) {
  const base = `/api/companies/${company.companyId}`;
  await company.api.request('POST', `${base}/marketplace/hr/trial`);
  let leaveTypeId: string | undefined;
  for (let attempt = 0; attempt < 100 && !leaveTypeId; attempt += 1) {
    leaveTypeId = (await company.api.request('GET', `${base}/modules/hr/leave-types`)).body?.leaveTypes?.[0]?.id;
    if (!leaveTypeId) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!leaveTypeId) throw new Error('HR was not provisioned');
  const members = (await company.api.request('GET', `${base}/members`)).body.members as Array<{ id: string; email: string }>;
  const employee = await company.api.request('POST', `${base}/modules/hr/employees`, {
    name: secret.name, startDate: '2024-01-08', workEmail: secret.email, phone: '+49 30 555 0100', emergencyContactName: `${secret.name}'s sister`,
    memberId: members.find((member) => member.email === company.email)!.id,
  });
  const leave = await company.api.request('POST', `${base}/modules/hr/leave-requests`, { leaveTypeId, startDate: '2031-03-10', endDate: '2031-03-11', note: secret.note });
  if (employee.status !== 201 || leave.status !== 201) throw new Error(`HR records: ${employee.status} ${leave.status} ${JSON.stringify(leave.body)}`);
  return { employeeId: employee.body.id as string, leaveRequestId: leave.body.id as string, leaveTypeId };
}

/** Finance in trial, with a submitted claim (its receipt attached) and an imported bank transaction. */
async function withFinanceRecords(company: Awaited<ReturnType<typeof signUpCompany>>, secret: { merchant: string; payee: string }) {
  const base = `/api/companies/${company.companyId}/modules/finance`;
  await company.api.request('POST', `/api/companies/${company.companyId}/marketplace/finance/trial`);
  let categoryId: string | undefined;
  for (let attempt = 0; attempt < 100 && !categoryId; attempt += 1) {
    categoryId = (await company.api.request('GET', `${base}/categories`)).body?.categories?.[0]?.id;
    if (!categoryId) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!categoryId) throw new Error('Finance was not provisioned');
  const claim = await company.api.request('POST', `${base}/claims`, { amountMinor: 4_321, currency: 'EUR', spentOn: '2031-03-03', categoryId, merchant: secret.merchant, note: `${secret.merchant} note` });
  await fetch(`${company.api.baseUrl}${base}/claims/${claim.body.id}/receipt`, { method: 'PUT', headers: { cookie: company.api.cookie }, body: pngImage(8, 8) });
  const submitted = await company.api.request('POST', `${base}/claims/${claim.body.id}/submit`);
  const account = await company.api.request('POST', `${base}/bank-accounts`, { name: `${secret.payee} account`, currency: 'EUR' });
  await company.api.request('POST', `${base}/bank-accounts/${account.body.id}/import`, { csv: `Date,Amount,Description\n2031-03-04,-43.21,${secret.payee}\n` });
  const transaction = (await company.api.request('GET', `${base}/transactions`)).body?.transactions?.[0];
  if (submitted.status !== 200 || !transaction) throw new Error(`Finance records: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  return { claimId: claim.body.id as string, accountId: account.body.id as string, transactionId: transaction.id as string, categoryId };
}

/** A's CRM trial provisions in the background; wait until its defaults are there. */
async function eventuallyProvisioned(api: ApiClient, companyId: string) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const crm = await api.request('GET', `/api/companies/${companyId}/modules/crm`);
    if (crm.status === 200 && crm.body.settings.length > 0) return crm.body as { settings: Array<{ id: string; name: string }> };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the CRM trial was not provisioned');
}

const crmUpdateTitle = `Cross-tenant CRM news ${Date.now()}`;

describe('cross-tenant isolation, walking every route', () => {
  let alpha: Awaited<ReturnType<typeof signUpCompany>>;
  let beta: Awaited<ReturnType<typeof signUpCompany>>;
  let ids: Record<string, string>;
  /** Records of no company: the knowledge base is Atrium's. With A's company id they are refused like everything else. */
  let platformIds: Record<string, string>;
  let secrets: string[];
  /** B's HR and Support desk records, tried inside A's company by A's owner. */
  let betaIds: Record<string, string>;
  let betaSecrets: string[];
  let alphaLeaveTypeId: string;
  let alphaCategoryId: string;
  let alphaSupport: Awaited<ReturnType<typeof withSupportRecords>>;
  let alphaCms: Awaited<ReturnType<typeof withCmsRecords>>;
  let betaCms: Awaited<ReturnType<typeof withCmsRecords>>;
  let betaSupport: Awaited<ReturnType<typeof withSupportRecords>>;
  let operations: Operation[];
  let alphaProjects: Awaited<ReturnType<typeof withProjects>>;
  const tally = { routes: 0, asOtherCompany: 0, anonymous: 0, betaRecordsInAlpha: 0 };

  beforeAll(async () => {
    alpha = await signUpCompany('alpha', 'Alpha Secret Industries');
    beta = await signUpCompany('beta', 'Beta Corp');
    const memberEmail = uniqueEmail('alpha-member');
    const pendingEmail = uniqueEmail('alpha-pending');
    await alpha.api.request('PATCH', `/api/companies/${alpha.companyId}/profile`, { legalName: 'Alpha Legal GmbH', billingEmail: 'ledger@alpha.example', taxId: 'DE999999999', country: 'DE' });
    await alpha.api.request('PATCH', `/api/companies/${alpha.companyId}/branding`, { primaryColor: '#123456' });
    await fetch(`${alpha.api.baseUrl}/api/companies/${alpha.companyId}/branding/logo`, { method: 'PUT', headers: { cookie: alpha.api.cookie }, body: pngImage(16, 16) });
    await addMember(alpha.api, alpha.companyId, memberEmail, 'member', { crm: 'viewer' });
    const invitation = await alpha.api.request('POST', `/api/companies/${alpha.companyId}/invitations`, { email: pendingEmail, role: 'billing' });
    const members = (await alpha.api.request('GET', `/api/companies/${alpha.companyId}/members`)).body.members as Array<{ id: string; email: string }>;
    const card = await alpha.api.request('POST', `/api/companies/${alpha.companyId}/billing/payment-methods`, { number: '4242424242424242', expMonth: 12, expYear: 2040, cvc: '123' });
    await alpha.api.request('POST', `/api/companies/${alpha.companyId}/billing/changes`, { change: { kind: 'plan', to: 'growth' } });
    const invoices = (await alpha.api.request('GET', `/api/companies/${alpha.companyId}/billing/invoices`)).body.invoices as Array<{ id: string; number: string }>;
    await alpha.api.request('POST', `/api/companies/${alpha.companyId}/marketplace/crm/trial`);
    const crm = await eventuallyProvisioned(alpha.api, alpha.companyId);
    const crmPath = `/api/companies/${alpha.companyId}/modules/crm`;
    const contact = await alpha.api.request('POST', `${crmPath}/contacts`, { firstName: 'Alphonse', lastName: 'Secretcontact', email: 'alphonse@alpha.example', organizationName: 'Alpha Client Ltd' });
    const deal = await alpha.api.request('POST', `${crmPath}/deals`, { title: 'Alpha secret deal', valueMinor: 123_456, contactId: contact.body.id });
    const task = await alpha.api.request('POST', `${crmPath}/tasks`, { title: 'Alpha secret task', dueAt: '2030-01-01T09:00:00Z', assigneeId: alpha.userId });
    const field = await alpha.api.request('POST', `${crmPath}/custom-fields`, { label: 'Alpha secret field' });
    const alphaHr = await withHrRecords(alpha, { name: 'Alphaemployee Secretname', email: 'alpha-hr@alpha.example', note: 'Alpha secret leave note' });
    alphaSupport = await withSupportRecords(alpha, { subject: 'Alpha secret ticket', email: 'alpha-customer@alpha.example', reply: 'Alpha secret saved reply' });
    betaSupport = await withSupportRecords(beta, { subject: 'Beta secret ticket', email: 'beta-customer@beta.example', reply: 'Beta secret saved reply' });
    const betaHr = await withHrRecords(beta, { name: 'Betaemployee Secretname', email: 'beta-hr@beta.example', note: 'Beta secret leave note' });
    alphaCms = await withCmsRecords(alpha, { published: 'Alpha secret published page', draft: 'Alpha secret draft' });
    betaCms = await withCmsRecords(beta, { published: 'Beta secret published page', draft: 'Beta secret draft' });
    alphaLeaveTypeId = alphaHr.leaveTypeId;
    betaIds = {
      employeeId: betaHr.employeeId, leaveRequestId: betaHr.leaveRequestId, supportTicketId: betaSupport.ticketId, replyId: betaSupport.replyId,
      siteId: betaCms.siteId, pageId: betaCms.pageId, revisionId: betaCms.revisionId, mediaId: betaCms.mediaId,
    };
    betaSecrets = ['Beta secret published page', 'Beta secret draft', 'Betaemployee Secretname', 'beta-hr@beta.example', 'Beta secret leave note', 'Beta secret ticket', 'beta-customer@beta.example', 'Beta secret saved reply', "Betaemployee Secretname's sister", beta.email, beta.userId, ...Object.values(betaIds)];
    const alphaFinance = await withFinanceRecords(alpha, { merchant: 'Alpha secret merchant', payee: 'Alpha secret payee' });
    alphaCategoryId = alphaFinance.categoryId;
    alphaProjects = await withProjects(alpha);
    const alphaAnalytics = await withAnalyticsRecords(alpha);
    const notificationId = await leaveNotice(alpha.companyId, { category: 'billing_failure', title: 'Alpha secret payment notice' });
    const ticket = await alpha.api.request('POST', `/api/companies/${alpha.companyId}/help/tickets`, { category: 'billing', subject: 'Alpha secret ticket', description: 'Alpha secret ticket text about an invoice.' });
    const ticketPath = `/api/companies/${alpha.companyId}/help/tickets/${ticket.body.ticketId}`;
    const screenshot = await fetch(`${alpha.api.baseUrl}${ticketPath}/messages/${ticket.body.message.id}/attachments?filename=alpha-secret.png`, { method: 'POST', headers: { cookie: alpha.api.cookie }, body: pngImage(8, 8) });
    const attachmentId = ((await screenshot.json()) as { id: string }).id;
    const chat = await alpha.api.request('POST', `/api/companies/${alpha.companyId}/help/chats`, { body: 'Alpha secret chat line' });
    ids = {
      companyId: alpha.companyId,
      memberId: members.find((m) => m.email === memberEmail)!.id,
      invitationId: invitation.body.id,
      paymentMethodId: card.body.paymentMethod.id,
      invoiceId: invoices[0]!.id,
      settingId: crm.settings[0]!.id,
      contactId: contact.body.id,
      organizationId: contact.body.organizationId,
      dealId: deal.body.id,
      taskId: task.body.id,
      fieldId: field.body.id,
      employeeId: alphaHr.employeeId,
      leaveRequestId: alphaHr.leaveRequestId,
      claimId: alphaFinance.claimId,
      accountId: alphaFinance.accountId,
      transactionId: alphaFinance.transactionId,
      supportTicketId: alphaSupport.ticketId,
      replyId: alphaSupport.replyId,
      policyId: alphaSupport.policyId,
      siteId: alphaCms.siteId,
      pageId: alphaCms.pageId,
      revisionId: alphaCms.revisionId,
      mediaId: alphaCms.mediaId,
      notificationId,
      ticketId: ticket.body.ticketId,
      messageId: ticket.body.message.id,
      attachmentId,
      chatId: chat.body.id,
      projectId: alphaProjects.ids.projectId,
      itemId: alphaProjects.ids.itemId,
      milestoneId: alphaProjects.ids.milestoneId,
      guestId: alphaProjects.ids.guestId,
      ...alphaAnalytics.ids,
    };
    const { api: operator } = await signedInOperator('cross-tenant');
    const category = await operator.request('POST', '/api/operator/help/categories', { name: `Cross-tenant ${Date.now()}` });
    const article = await operator.request('POST', '/api/operator/help/articles', { title: 'Cross-tenant article', categoryId: category.body.id, body: 'Public help', status: 'published' });
    platformIds = { articleId: article.body.id };
    // A CRM update, published once A's CRM is set up: A has CRM, B has not (B tries HR only).
    const update = await operator.request('POST', '/api/operator/module-updates', { module: 'crm', title: crmUpdateTitle, body: 'For companies with CRM' });
    await operator.request('POST', `/api/operator/module-updates/${update.body.id}/publish`);
    secrets = ['Alpha secret published page', 'Alpha secret draft', alphaCms.host, 'Alpha secret ticket', 'alpha-customer@alpha.example', 'Alpha secret saved reply', 'Alpha secret merchant', 'Alpha secret payee', 'Alphaemployee Secretname', 'alpha-hr@alpha.example', 'Alpha secret leave note', "Alphaemployee Secretname's sister", 'Secretcontact', 'alphonse@alpha.example', 'Alpha Client Ltd', 'Alpha secret deal', 'Alpha secret task', 'Alpha secret field', 'Alpha secret payment notice', 'Alpha secret ticket', 'Alpha secret chat line', 'alpha-secret.png', invoices[0]!.number, 'Alpha Secret Industries', 'Alpha Legal GmbH', 'ledger@alpha.example', 'DE999999999', '#123456', alpha.email, alpha.userId, memberEmail, pendingEmail, ...alphaProjects.secrets, ...alphaAnalytics.secrets, ...Object.values(ids)];

    const document = (await new ApiClient().request('GET', '/api/openapi.json')).body;
    operations = Object.entries(document.paths as Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        method,
        path,
        hasJsonBody: Boolean(operation.requestBody?.content['application/json']),
        hasRawBody: Boolean(operation.requestBody?.content['application/octet-stream']),
      })),
    );
  });

  afterAll(() => {
    console.log(
      `[cross-tenant] ${tally.routes} company routes: ${tally.asOtherCompany} requests as another company's owner, ${tally.betaRecordsInAlpha} with B's HR and Support desk records in A and ${tally.anonymous} without a session, all refused without leaking data.`,
    );
  });

  async function attempt(client: ApiClient, operation: Operation, values: Record<string, string>) {
    // `{module}` is a catalog key, not a record of A's: every company names modules the same.
    const url = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'module' ? 'crm' : name === 'step' ? 'import_contacts' : name === 'metric' ? 'revenue_won' : (values[recordKey(operation.path, name)] ?? platformIds[name])) ?? `missing-${name}`);
    const key = `${operation.method} ${operation.path}`;
    if (client.cookie) tally.asOtherCompany += 1;
    else tally.anonymous += 1;
    if (operation.hasRawBody) {
      const response = await fetch(`${client.baseUrl}${url}`, { method: operation.method.toUpperCase(), headers: { cookie: client.cookie }, body: pngImage(4, 4) });
      return { status: response.status, text: await response.text() };
    }
    const body = operation.hasJsonBody
      ? JSON.parse(
          JSON.stringify(sampleBodies[key] ?? {})
            .replace('"@memberId"', JSON.stringify(values.memberId))
            .replace('"@contactId"', JSON.stringify(values.contactId))
            .replace('"@leaveTypeId"', JSON.stringify(alphaLeaveTypeId))
            .replace('"@categoryId"', JSON.stringify(alphaCategoryId))
            .replace('"@claimId"', JSON.stringify(values.claimId))
            .replace('"@dashboardId"', JSON.stringify(values.dashboardId)),
        )
      : undefined;
    const response = await client.request(operation.method.toUpperCase(), url, body);
    return { status: response.status, text: typeof response.body === 'string' ? response.body : JSON.stringify(response.body) };
  }

  it('every route either names a company in its path or is a known company-less route', () => {
    const unexplained = operations
      .filter((operation) => !operation.path.includes('{companyId}') && !isOperatorRoute(operation.path))
      .map((operation) => `${operation.method} ${operation.path}`)
      .filter((key) => !(key in companylessRoutes));
    expect(unexplained).toEqual([]);
    expect(operations.filter((operation) => operation.path.includes('{companyId}') && !isOperatorRoute(operation.path)).length).toBeGreaterThan(10);
  });

  it("refuses company B's owner on every company route with A's ids, and leaks nothing", async () => {
    for (const operation of operations.filter((op) => op.path.includes('{companyId}') && !isOperatorRoute(op.path))) {
      tally.routes += 1;
      const withAlphaCompany = await attempt(beta.api, operation, ids);
      expect.soft([403, 404], `${operation.method} ${operation.path} with A's company`).toContain(withAlphaCompany.status);
      for (const secret of secrets) expect.soft(withAlphaCompany.text, `${operation.method} ${operation.path} leaked ${secret}`).not.toContain(secret);

      const otherIds = Object.keys(ids).filter((name) => name !== 'companyId' && operation.path.includes(`{${name}}`));
      if (otherIds.length) {
        // B's own company, A's record ids: the record is not found in B.
        const withAlphaRecords = await attempt(beta.api, operation, { ...ids, companyId: beta.companyId });
        // 404: not here (never 403, which would say it exists); 402: B has not bought A's module.
        // B has HR too, so an HR record of A's in B's company is only ever not found.
        const allowed = ['/modules/hr/', '/modules/support/', '/modules/cms/'].some((module) => operation.path.includes(module)) ? [404] : [402, 404];
        expect.soft(allowed, `${operation.method} ${operation.path} with A's records in B`).toContain(withAlphaRecords.status);
        for (const secret of secrets.filter((s) => s !== beta.companyId)) {
          expect.soft(withAlphaRecords.text, `${operation.method} ${operation.path} leaked ${secret}`).not.toContain(secret);
        }
      }

      const betaRecordParams = Object.keys(betaIds).filter((key) => [...operation.path.matchAll(/\{(\w+)\}/g)].some(([, name]) => recordKey(operation.path, name!) === key));
      if (betaRecordParams.length) {
        // The other way round: A's own owner, in A's company, with B's HR records.
        tally.betaRecordsInAlpha += 1;
        const withBetaRecords = await attempt(alpha.api, operation, { ...ids, ...betaIds });
        expect.soft(withBetaRecords.status, `${operation.method} ${operation.path} with B's records in A`).toBe(404);
        for (const secret of betaSecrets) expect.soft(withBetaRecords.text, `${operation.method} ${operation.path} leaked B's ${secret}`).not.toContain(secret);
      }

      const anonymous = await attempt(new ApiClient(), operation, ids);
      expect.soft(anonymous.status, `${operation.method} ${operation.path} without a session`).toBe(401);
    }
  });

  it("left company A exactly as it was", async () => {
    const company = await alpha.api.request('GET', `/api/companies/${alpha.companyId}`);
    expect(company.body.profile.legalName).toBe('Alpha Legal GmbH');
    expect(company.body.branding.primaryColor).toBe('#123456');
    expect(company.body.branding.logoUrl).not.toBeNull();
    expect(company.body.seats).toMatchObject({ members: 2, pendingInvitations: 1 });
    const members = await alpha.api.request('GET', `/api/companies/${alpha.companyId}/members`);
    expect(members.body.members.map((m: { role: string }) => m.role).sort()).toEqual(['member', 'owner']);
    const billing = await alpha.api.request('GET', `/api/companies/${alpha.companyId}/billing`);
    expect([billing.body.subscription.plan, billing.body.subscription.status, billing.body.subscription.cancelAtPeriodEnd]).toEqual(['growth', 'active', false]);
    const contacts = await alpha.api.request('GET', `/api/companies/${alpha.companyId}/modules/crm/contacts`);
    expect(contacts.body.contacts.map((c: { firstName: string }) => c.firstName)).toEqual(['Alphonse']);
    const crm = await alpha.api.request('GET', `/api/companies/${alpha.companyId}/modules/crm`);
    expect(crm.body.settings.map((setting: { name: string }) => setting.name)).toContain('Lead');
    const hrPath = `/api/companies/${alpha.companyId}/modules/hr`;
    const employee = await alpha.api.request('GET', `${hrPath}/employees/${ids.employeeId}`);
    expect([employee.body.name, employee.body.jobTitle]).toEqual(['Alphaemployee Secretname', '']);
    const leave = await alpha.api.request('GET', `${hrPath}/leave-requests/${ids.leaveRequestId}`);
    expect([leave.body.status, leave.body.decisionNote]).toEqual(['pending', '']);
    const betaLeave = await beta.api.request('GET', `/api/companies/${beta.companyId}/modules/hr/leave-requests/${betaIds.leaveRequestId}`);
    expect([betaLeave.body.status, betaLeave.body.employeeName]).toEqual(['pending', 'Betaemployee Secretname']);
    const chat = await alpha.api.request('GET', `/api/companies/${alpha.companyId}/help/chats/${ids.chatId}`);
    expect(chat.body.messages.map((line: { body: string }) => line.body)).toEqual(['Alpha secret chat line']);
    const claim = await alpha.api.request('GET', `/api/companies/${alpha.companyId}/modules/finance/claims/${ids.claimId}`);
    expect([claim.body.status, claim.body.merchant, claim.body.receipt?.contentType]).toEqual(['submitted', 'Alpha secret merchant', 'image/png']);
    const transaction = (await alpha.api.request('GET', `/api/companies/${alpha.companyId}/modules/finance/transactions`)).body.transactions;
    expect(transaction.map((t: { description: string; category: string | null; matchedClaimId: string | null }) => [t.description, t.category, t.matchedClaimId])).toEqual([['Alpha secret payee', null, null]]);
    const ticket = await alpha.api.request('GET', `/api/companies/${alpha.companyId}/modules/support/tickets/${ids.supportTicketId}`);
    expect([ticket.body.subject, ticket.body.status, ticket.body.messages.length]).toEqual(['Alpha secret ticket', 'open', 1]);
    const savedReplies = await alpha.api.request('GET', `/api/companies/${alpha.companyId}/modules/support/saved-replies`);
    expect(savedReplies.body.savedReplies.map((r: { title: string }) => r.title)).toEqual(['Alpha secret saved reply']);
    const site = await alpha.api.request('GET', `/api/companies/${alpha.companyId}/modules/cms/sites/${ids.siteId}`);
    expect([site.body.name, site.body.domain, site.body.pages.length]).toEqual(['Alpha secret published page site', alphaCms.host, 3]);
    const page = await alpha.api.request('GET', `/api/companies/${alpha.companyId}/modules/cms/pages/${ids.pageId}`);
    expect([page.body.title, page.body.html, page.body.status, page.body.revisions.length]).toEqual(['Home', '<p>Alpha secret draft</p>', 'changed', 1]);
    const cards = await alpha.api.request('GET', `/api/companies/${alpha.companyId}/billing/payment-methods`);
    expect(cards.body.paymentMethods.map((c: { id: string }) => c.id)).toEqual([ids.paymentMethodId]);
  });

  it("a CRM update reaches A, which has CRM, and not B: neither What's new (402) nor a notice", async () => {
    const inAlpha = await alpha.api.request('GET', `/api/companies/${alpha.companyId}/modules/crm/updates`);
    expect(inAlpha.body.updates.map((update: { title: string }) => update.title)).toContain(crmUpdateTitle);
    const inBeta = await beta.api.request('GET', `/api/companies/${beta.companyId}/modules/crm/updates`);
    expect([inBeta.status, inBeta.body.error]).toEqual([402, 'module_not_active']);
    expect(JSON.stringify(inBeta.body)).not.toContain(crmUpdateTitle);
    const betaNotices = await beta.api.request('GET', `/api/companies/${beta.companyId}/notifications`);
    expect(JSON.stringify(betaNotices.body)).not.toContain(crmUpdateTitle);
    const alphaNotices = await alpha.api.request('GET', `/api/companies/${alpha.companyId}/notifications`);
    expect(alphaNotices.body.notifications.map((notice: { title: string }) => notice.title)).toContain(`CRM: ${crmUpdateTitle}`);
  });

  it("a client guest of A's project P is refused on every company route and on project Q, and leaks nothing of Q", async () => {
    const { guest, sharedProjectId, sharedTaskId, ids: projectIds, secrets: projectSecrets } = alphaProjects;
    const qSecrets = [...projectSecrets, ...Object.values(projectIds).filter((id) => id !== projectIds.guestId), alpha.email, 'Alpha Legal GmbH', 'ledger@alpha.example'];
    for (const operation of operations.filter((op) => op.path.includes('{companyId}') && !isOperatorRoute(op.path))) {
      // Every company route, with A's company id and Q's records: a guest is no member.
      const answer = await attempt(guest, operation, { ...ids, taskId: projectIds.projectTaskId });
      expect.soft(answer.status, `${operation.method} ${operation.path} as A's guest`).toBe(403);
      for (const secret of qSecrets) expect.soft(answer.text, `${operation.method} ${operation.path} leaked ${secret} to a guest`).not.toContain(secret);
    }
    const guestRoutes = operations.filter((op) => isGuestRoute(op.path));
    expect(guestRoutes.length).toBe(3);
    for (const operation of guestRoutes.filter((op) => op.path.includes('{projectId}'))) {
      const ofQ = await attempt(guest, operation, { projectId: projectIds.projectId, taskId: projectIds.projectTaskId });
      expect.soft(ofQ.status, `${operation.method} ${operation.path} for Q`).toBe(404);
      for (const secret of qSecrets) expect.soft(ofQ.text, `${operation.method} ${operation.path} leaked ${secret}`).not.toContain(secret);
      // B's owner, a stranger to A: neither P nor Q.
      for (const projectId of [sharedProjectId, projectIds.projectId]) {
        const asStranger = await attempt(beta.api, operation, { projectId, taskId: sharedTaskId });
        expect.soft(asStranger.status, `${operation.method} ${operation.path} as B's owner`).toBe(404);
      }
      expect.soft((await attempt(new ApiClient(), operation, { projectId: sharedProjectId, taskId: sharedTaskId })).status).toBe(401);
    }
    // A task of Q asked for inside P is no task of P.
    expect((await guest.request('GET', `/api/guest/projects/${sharedProjectId}/tasks/${projectIds.projectTaskId}`)).status).toBe(404);
    const listed = await guest.request('GET', '/api/guest/projects');
    expect(listed.body.projects.map((project: { id: string }) => project.id)).toEqual([sharedProjectId]);
    expect((await beta.api.request('GET', '/api/guest/projects')).body.projects).toEqual([]);
    // What the guest may see, they see.
    expect((await guest.request('GET', `/api/guest/projects/${sharedProjectId}/tasks/${sharedTaskId}`)).status).toBe(200);
    expect((await beta.api.request('GET', `/api/project-guest-invitations/${'A'.repeat(43)}`)).status).toBe(404);
    expect((await new ApiClient().request('POST', '/api/project-guest-invitations/accept', { token: 'A'.repeat(43), name: 'Guesser', password: 'a-long-passphrase-7' })).status).toBe(404);
  });

  it("the public site serves each company's published pages at its own slug and host only, never a draft or the other's page", async () => {
    const visitor = new ApiClient();
    const doors = [
      { own: alphaCms, other: betaCms, words: 'Alpha secret published page', never: ['Alpha secret draft', ...betaSecrets] },
      { own: betaCms, other: alphaCms, words: 'Beta secret published page', never: ['Beta secret draft', 'Alpha secret draft', 'Alpha secret published page'] },
    ];
    for (const { own, other, words, never } of doors) {
      for (const door of [`/api/public/sites/${own.slug}`, `/api/public/site-hosts/${own.host}`]) {
        const home = await visitor.request('GET', `${door}/page`);
        expect(home.status, door).toBe(200);
        expect(JSON.stringify(home.body)).toContain(words);
        for (const secret of never) expect.soft(JSON.stringify(home.body), `${door} leaked ${secret}`).not.toContain(secret);
        // The draft-only pages are not there, nor the other company's page by its id or path.
        for (const path of ['about', 'contact', other.pageId, `../${other.slug}`]) expect.soft((await visitor.request('GET', `${door}/page?path=${encodeURIComponent(path)}`)).status, `${door} ${path}`).toBeGreaterThanOrEqual(400);
        const sitemap = await visitor.request('GET', `${door}/sitemap`);
        expect(sitemap.body.pages).toEqual([{ path: '', publishedAt: expect.any(String) }]);
      }
      expect((await fetch(`${visitor.baseUrl}/api/public/sites/${own.slug}/media/${own.mediaId}`)).status).toBe(200);
      expect((await fetch(`${visitor.baseUrl}/api/public/sites/${own.slug}/media/${other.mediaId}`)).status).toBe(404);
    }
    expect((await visitor.request('GET', `/api/public/sites/${alpha.companyId}/page`)).status).toBe(404);
    expect((await visitor.request('GET', '/api/public/sites/Not%20A%20Slug/page')).status).toBe(400);
    expect((await visitor.request('GET', '/api/public/site-hosts/www.nobody-here.example/page')).status).toBe(404);
  });

  it("the public support form files into the desk its slug names only, and B's answers name nothing of A's", async () => {
    const visitor = new ApiClient();
    const alphaBefore = (await alpha.api.request('GET', `/api/companies/${alpha.companyId}/modules/support/tickets`)).body.total;
    const desk = await visitor.request('GET', `/api/public/support/${betaSupport.slug}`);
    const filed = await visitor.request('POST', `/api/public/support/${betaSupport.slug}/tickets`, { email: 'visitor@example.com', subject: 'For Beta', body: 'Hello Beta' });
    expect([desk.status, filed.status]).toEqual([200, 201]);
    for (const secret of secrets) {
      expect.soft(JSON.stringify(desk.body), `public desk leaked ${secret}`).not.toContain(secret);
      expect.soft(JSON.stringify(filed.body), `public form leaked ${secret}`).not.toContain(secret);
    }
    const betaTickets = (await beta.api.request('GET', `/api/companies/${beta.companyId}/modules/support/tickets`)).body.tickets.map((t: { subject: string }) => t.subject);
    expect(betaTickets).toContain('For Beta');
    expect((await alpha.api.request('GET', `/api/companies/${alpha.companyId}/modules/support/tickets`)).body.total).toBe(alphaBefore);
    // A company's id or a made-up slug is no desk.
    expect((await visitor.request('POST', `/api/public/support/${alpha.companyId}/tickets`, { email: 'v@example.com', subject: 'x', body: 'y' })).status).toBe(404);
    expect((await visitor.request('GET', '/api/public/support/Not%20A%20Slug')).status).toBe(400);
    expect((await visitor.request('GET', '/api/public/support/no-such-desk-anywhere')).status).toBe(404);
  });

  it("B's person lists only B's companies, and a guessed invitation token finds nothing", async () => {
    const me = await beta.api.request('GET', '/api/me');
    expect(me.body.companies.map((c: { id: string }) => c.id)).toEqual([beta.companyId]);
    for (const secret of secrets) expect(JSON.stringify(me.body)).not.toContain(secret);
    const guess = await beta.api.request('GET', `/api/invitations/${'A'.repeat(43)}`);
    expect(guess.status).toBe(404);
  });
});
