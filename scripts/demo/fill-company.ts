import { fillAnalytics, demoDashboardName, type AnalyticsDemo } from './analytics';
import { fillCrm, type CrmDemo } from './crm';
import { fillFinance, type FinanceDemo } from './finance';
import { fillHr, type HrDemo } from './hr';
import { fillProjects, type ProjectsDemo } from './projects';
import { fillSupport, type SupportDemo } from './support';
import { fillCms, type CmsDemo } from './cms';
import { buyModules, ownerSession, type OwnerAccount, type OwnerSession } from './owner';
import { joinedMember, ownerPerson, type DemoPerson } from './team';

export interface FillCompanyOptions {
  /** The API without `/api`, e.g. http://127.0.0.1:4000. */
  apiUrl: string;
  /** Signed up when new; signed in to when the account exists (a second run). */
  owner: OwnerAccount;
  companyName: string;
  /** The password of the members the demo invites (a sales rep and a head of people). */
  memberPassword?: string;
  log?: (line: string) => void;
}

export interface DemoCompany {
  session: OwnerSession;
  owner: DemoPerson;
  /** Members who joined through an invitation; empty without a local mail outbox. */
  members: DemoPerson[];
  /** Null when the module already had records (an earlier run): nothing was added to it. */
  crm: CrmDemo | null;
  hr: HrDemo | null;
  finance: FinanceDemo | null;
  projects: ProjectsDemo | null;
  support: SupportDemo | null;
  cms: CmsDemo | null;
  analytics: AnalyticsDemo | null;
}

/** `demo@atrium.example` → `demo+sam@atrium.example`: the members' addresses follow the owner's. */
const alias = (email: string, who: string) => email.replace(/@/, `+${who}@`);

/**
 * A company with realistic records in every built module, made through the API exactly as
 * people make them in the dashboard (sign-up, a test card, module purchases, invitations,
 * then each module's own routes), so every row is one the product could have written. The
 * screenshot script and the benchmarks call this; `npm run demo` is its command line.
 *
 * Running it again for the same owner adds nothing to a module that already has records.
 */
export async function fillCompany(options: FillCompanyOptions): Promise<DemoCompany> {
  const log = options.log ?? (() => {});
  const memberPassword = options.memberPassword ?? options.owner.password;
  const session = await ownerSession(options.apiUrl, options.owner, options.companyName);
  log(session.created ? `signed up ${options.owner.email} with ${session.companyName}` : `signed in as ${options.owner.email} (${session.companyName})`);
  await buyModules(session, ['crm', 'hr', 'finance', 'projects', 'support', 'cms', 'analytics'], log);

  const owner = await ownerPerson(session);
  const salesRep = await joinedMember(session, { name: 'Sam Rivera', email: alias(options.owner.email, 'sam'), role: 'member', moduleRoles: { crm: 'editor', hr: 'viewer', finance: 'viewer', projects: 'editor', support: 'editor', cms: 'editor' } }, memberPassword);
  const peopleLead = await joinedMember(session, { name: 'Priya Shah', email: alias(options.owner.email, 'priya'), role: 'member', moduleRoles: { crm: 'viewer', hr: 'manager', finance: 'manager', projects: 'viewer' } }, memberPassword);
  const members = [salesRep, peopleLead].filter((person): person is DemoPerson => person !== null);
  if (members.length === 0) log('no local mail outbox (SMTP_URL set, or the API is not on loopback): the demo has the owner alone');

  const modules = `/api/companies/${session.companyId}/modules`;
  const hasContacts = (await session.client.call<{ total: number }>('GET', `${modules}/crm/contacts?limit=1`)).total > 0;
  const crm = hasContacts ? null : await fillCrm(session, { owner, salesRep }, log);
  if (hasContacts) log('CRM already has contacts: left as it is');

  const hasEmployees = (await session.client.call<{ employees: unknown[] }>('GET', `${modules}/hr/employees`)).employees.length > 0;
  const hr = hasEmployees ? null : await fillHr(session, { owner, salesRep, peopleLead }, options.owner.email.split('@')[1]!, log);
  if (hasEmployees) log('HR already has employees: left as it is');

  const hasClaims = (await session.client.call<{ total: number }>('GET', `${modules}/finance/claims?scope=all&limit=1`)).total > 0;
  const finance = hasClaims ? null : await fillFinance(session, { owner, salesRep, peopleLead }, log);
  if (hasClaims) log('Finance already has claims: left as it is');

  const hasProjects = (await session.client.call<{ projects: unknown[] }>('GET', `${modules}/projects/projects`)).projects.length > 0;
  const projects = hasProjects ? null : await fillProjects(session, { owner, salesRep }, alias(options.owner.email, 'client'), log);
  if (hasProjects) log('Projects already has projects: left as it is');

  const hasTickets = (await session.client.call<{ total: number }>('GET', `${modules}/support/tickets?status=active&limit=1`)).total > 0;
  const support = hasTickets ? null : await fillSupport(session, { owner, agent: salesRep }, log);
  if (hasTickets) log('Support desk already has tickets: left as it is');

  const hasSite = (await session.client.call<{ sites: unknown[] }>('GET', `${modules}/cms/sites`)).sites.length > 0;
  const cms = hasSite ? null : await fillCms(session, options.apiUrl, log);
  if (hasSite) log('CMS already has a site: left as it is');

  // Last: Analytics reads what the other modules hold.
  const dashboards = (await session.client.call<{ dashboards: Array<{ name: string }> }>('GET', `${modules}/analytics/dashboards`)).dashboards;
  const hasOwnDashboard = dashboards.some((dashboard) => dashboard.name === demoDashboardName);
  const analytics = hasOwnDashboard ? null : await fillAnalytics(session, { owner }, log);
  if (hasOwnDashboard) log('Analytics already has its demo dashboard: left as it is');

  return { session, owner, members, crm, hr, finance, projects, support, cms, analytics };
}
