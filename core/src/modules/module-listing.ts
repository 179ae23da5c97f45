import type { PlanKey } from '../billing/plans';
import { moduleNames, type ModuleKey } from './catalog';
import { moduleDefaults } from './module-defaults';
import { moduleLimits, type UsageLimits } from './module-limits';

/** Every module can be tried once per company, for this many days, without a card. */
export const moduleTrialDays = 14;

export interface ModuleScreenshot {
  /** Path under the dashboard's static folder: `/marketplace/crm-pipeline.png`. */
  file: string;
  caption: string;
}

/** What a company does first after getting the module; the key is stored once it is done. */
export interface ModuleSetupStep {
  key: string;
  title: string;
  description: string;
}

/**
 * A module's page in the marketplace: what a buyer reads before trying or buying it.
 * Prices are not here: they live in `modulePrices` and come with the catalog.
 */
export interface ModuleListing {
  key: ModuleKey;
  name: string;
  tagline: string;
  description: string;
  features: string[];
  screenshots: ModuleScreenshot[];
  trialDays: number;
  setupSteps: ModuleSetupStep[];
  limits: Record<PlanKey, UsageLimits>;
  /** The human name of each key in `limits`. */
  limitLabels: Record<string, string>;
}

type ListingCopy = Pick<ModuleListing, 'tagline' | 'description' | 'features' | 'screenshots' | 'setupSteps'>;

const listing = (key: ModuleKey, copy: ListingCopy): ModuleListing => ({
  key,
  name: moduleNames[key],
  ...copy,
  trialDays: moduleTrialDays,
  limits: moduleLimits[key].byPlan,
  limitLabels: moduleLimits[key].labels,
});

const inWords = new Intl.ListFormat('en-GB', { type: 'conjunction' });
const list = (words: string[]): string => inWords.format(words);
const names = (items: { name: string }[]): string => list(items.map((item) => item.name));
const hours = (count: number): string => (count === 1 ? '1 hour' : `${count} hours`);
const sla = moduleDefaults.support.slaPolicy;

export const moduleListings: Record<ModuleKey, ModuleListing> = {
  crm: listing('crm', {
    tagline: 'Track every contact and deal from first call to signed contract.',
    description:
      'Keep your customers, the people you talk to there and every open deal in one place your whole sales team shares. ' +
      'Deals move through your pipeline stages on a board, and the forecast weighs each one by how likely it is to close. ' +
      'Every call, email and meeting is logged on the contact, so whoever picks up an account sees its whole history.',
    features: [
      'Pipeline board: drag deals between stages, with the total value of each stage',
      'Contacts and companies with custom fields, tags and owners',
      'Activity timeline of calls, emails, meetings and notes on every contact',
      'Tasks and follow-up reminders assigned to a salesperson',
      'Weighted forecast by stage probability and expected close date',
      'Import contacts from a CSV export of your spreadsheet or old CRM',
    ],
    screenshots: [
      { file: '/marketplace/crm-pipeline.png', caption: 'The pipeline: open deals by stage, with their value and expected close date' },
      { file: '/marketplace/crm-contacts.png', caption: 'Contacts with their company, tags and owner, searchable by name, email or company' },
    ],
    setupSteps: [
      { key: 'import_contacts', title: 'Import your contacts', description: 'Upload a CSV of your customers and leads; Atrium matches the columns to contact fields.' },
      {
        key: 'review_pipeline_stages',
        title: 'Review your pipeline stages',
        description: `You start with ${names(moduleDefaults.crm.pipelineStages)}. Rename, reorder or add stages to match how you sell.`,
      },
      { key: 'add_first_deal', title: 'Add your first deal', description: 'Create a deal for a contact, give it a value and a close date, and place it in a stage.' },
      { key: 'invite_sales_team', title: 'Invite your sales team', description: 'Give each salesperson access to CRM so deals and contacts can be assigned to them.' },
    ],
  }),

  hr: listing('hr', {
    tagline: 'Employee records, leave requests and approvals in one place.',
    description:
      'Keep every employee’s details, team and manager in a directory your managers can search. ' +
      'People request leave from the dashboard, their manager approves it, and the balance updates on its own. ' +
      'The team calendar shows who is away, so nobody books a launch on the week half the team is on holiday.',
    features: [
      'Employee directory with job title, team, manager, start date and emergency contact',
      'Org chart drawn from who reports to whom',
      'Leave requests approved by the manager, with reminders and escalation to HR',
      'Balances per leave type: allowance, taken, booked and remaining, pro rata for joiners',
      'Team calendar of who is away; public holidays of your country are not counted as leave',
      'Import employees from a CSV of your staff list',
    ],
    screenshots: [
      { file: '/marketplace/hr-leave-calendar.png', caption: 'The team calendar of who is away this month, approved and waiting' },
      { file: '/marketplace/hr-directory.png', caption: 'The employee directory: job title, team, manager and start date of each person' },
    ],
    setupSteps: [
      { key: 'add_employees', title: 'Add your employees', description: 'Import a CSV of your staff or add them one by one with their team and manager.' },
      {
        key: 'review_leave_types',
        title: 'Review leave types',
        description: `You start with ${names(moduleDefaults.hr.leaveTypes)}. Set the yearly allowance that your contracts give.`,
      },
      { key: 'set_public_holidays', title: 'Set your public holidays', description: 'Pick your country so public holidays appear on the calendar and are not counted as leave.' },
      { key: 'invite_managers', title: 'Invite your managers', description: 'Managers approve leave for their team; give them access to HR.' },
    ],
  }),

  finance: listing('finance', {
    tagline: 'Expense claims, receipts and a monthly profit and loss, without the spreadsheet.',
    description:
      'Employees submit expenses with a photo or PDF of the receipt, their manager approves them and finance marks them paid back. ' +
      'Import your bank statements to match payments to approved claims. ' +
      'The profit and loss adds up each month by category, as a chart and a table, ready to export for your accountant.',
    features: [
      'Expense claims with receipt upload (photo or PDF), category, merchant and note',
      'Approval by the employee’s manager from HR or a named approver, plus a finance approver above your threshold',
      'Reminders to approvers after two working days, and a notice to the claimant at each decision',
      'Bank statement import from CSV with column mapping; payments matched to approved claims',
      'Monthly profit and loss by category: bank income, invoiced CRM deals and approved expenses',
      'Export the profit and loss to CSV for your accountant or bookkeeping software',
    ],
    screenshots: [
      { file: '/marketplace/finance-expenses.png', caption: 'Expense claims with their amount, category, status and receipt' },
      { file: '/marketplace/finance-profit-and-loss.png', caption: 'The month’s profit and loss: income and expenses by category, as a chart and a table' },
    ],
    setupSteps: [
      {
        key: 'review_expense_categories',
        title: 'Review expense categories',
        description: `You start with ${list(moduleDefaults.finance.expenseCategories)}. Add the ones your accountant uses.`,
      },
      { key: 'connect_bank_account', title: 'Import a bank statement', description: 'Add your bank account and import a CSV statement so payments can be matched to claims.' },
      { key: 'set_approvers', title: 'Choose who approves expenses', description: 'Managers in HR approve their team’s claims; otherwise name an approver, and a threshold above which finance approves too.' },
      { key: 'submit_first_expense', title: 'Submit your first expense', description: 'Photograph a receipt, pick a category and send it for approval.' },
    ],
  }),

  projects: listing('projects', {
    tagline: 'Plan projects, assign tasks and see what ships this week.',
    description:
      'Break each project into tasks with an owner and a due date, and move them across a board as work progresses. ' +
      'The timeline shows every project’s milestones side by side, so you can see a clash before it happens. ' +
      'Invite clients as guests to follow their own project without seeing anything else.',
    features: [
      'Task board with To do, In progress, In review and Done columns',
      'Timeline of projects and milestones across the coming months',
      'Task owners, due dates, checklists, and comments that notify the people you @mention',
      'Start from your project template, such as a client project',
      'What ships this week: tasks and milestones due in the next 7 days, yours or the company’s',
      'A reminder to each task owner on the day a task is due',
      'Client guests who see only their own project',
    ],
    screenshots: [
      { file: '/marketplace/projects-board.png', caption: 'A project’s task board, with owners, due dates and checklists' },
      { file: '/marketplace/projects-timeline.png', caption: 'The timeline of every active project and its milestones' },
    ],
    setupSteps: [
      {
        key: 'create_first_project',
        title: 'Create your first project',
        description: `Start from the “${moduleDefaults.projects.projectTemplate.name}” template or from a blank project.`,
      },
      { key: 'add_tasks', title: 'Add tasks and owners', description: 'List the work, give each task an owner and a due date.' },
      { key: 'set_milestones', title: 'Set milestones', description: 'Mark the dates that matter to the client so they appear on the timeline.' },
      { key: 'invite_project_team', title: 'Invite your team', description: 'Add the people who work on the project; invite the client as a guest if you like.' },
    ],
  }),

  support: listing('support', {
    tagline: 'One shared inbox for customer questions, with response times you can keep.',
    description:
      'Emails to your support address become tickets in a queue your team works through together. ' +
      'Each ticket has a priority and an SLA that shows how long is left to reply, so urgent ones are answered first. ' +
      'Saved replies and the customer’s past tickets make the answer faster and consistent.',
    features: [
      'Ticket queue from your support email address, with assignment to agents',
      'SLA policies: first response and resolution targets by priority',
      'Badges that warn before a ticket breaches its SLA',
      'Saved replies and internal notes on tickets',
      'Customer history: every earlier ticket from the same person',
      'A public ticket form your website can link to',
    ],
    screenshots: [
      { file: '/marketplace/support-ticket-queue.png', caption: 'The ticket queue, sorted by the time left before each SLA is breached' },
      { file: '/marketplace/support-ticket.png', caption: 'A ticket’s conversation, answered with a saved reply, its SLA paused while it waits on the customer' },
    ],
    setupSteps: [
      { key: 'connect_support_mailbox', title: 'Connect your support mailbox', description: 'Forward your support address to Atrium so emails arrive as tickets.' },
      {
        key: 'review_sla_policy',
        title: 'Review your SLA policy',
        description: `The ${sla.name} policy asks for a first reply to urgent tickets within ${hours(sla.targets.urgent.firstResponseHours)} and to low-priority ones within ${hours(sla.targets.low.firstResponseHours)}; adjust it to what you promise customers.`,
      },
      { key: 'write_saved_replies', title: 'Write your saved replies', description: 'Save answers to the questions you get most, such as password resets and refunds.' },
      { key: 'invite_agents', title: 'Invite your agents', description: 'Give the people who answer customers access to Support desk.' },
    ],
  }),

  cms: listing('cms', {
    tagline: 'Edit and publish your company website without a developer.',
    description:
      'Write pages in a rich-text editor, arrange them in a tree, and preview the draft as visitors will see it before you publish. ' +
      'Every publish is kept as a revision you can restore, so several people can work on the site safely. ' +
      'Your site is served at its own address or on your own domain, with a sitemap and page views counted without cookies.',
    features: [
      'Rich-text page editor with headings, lists, quotes, links and your own images',
      'Site tree of pages and sub-pages, with the menu built from it',
      'Drafts, a private preview, publishing and a revision history to restore from',
      'Your own domain, or your site at /sites/your-address',
      'Search titles and descriptions for each page, and a sitemap',
      'Daily page views without cookies, and pages in several languages',
    ],
    screenshots: [
      { file: '/marketplace/cms-page-editor.png', caption: 'The page editor: the draft in the rich-text editor, with its preview a click away' },
      { file: '/marketplace/cms-site-tree.png', caption: 'The site tree with each page’s status' },
    ],
    setupSteps: [
      {
        key: 'review_starter_pages',
        title: 'Fill in your starter pages',
        description: `Your site starts with ${list(moduleDefaults.cms.site.pages)} pages; replace the sample text with yours.`,
      },
      { key: 'connect_domain', title: 'Connect your domain', description: 'Add your domain in the site’s settings and point its DNS at Atrium.' },
      { key: 'publish_site', title: 'Publish your site', description: 'Preview every page, then publish; until then the site is a draft only you can see.' },
    ],
  }),

  analytics: listing('analytics', {
    tagline: 'Dashboards of your revenue, spend, team and service, from the modules you already use.',
    description:
      'Analytics reads the data already in your Atrium modules — deals, employees, expenses, tasks, tickets, site visits — so there is nothing to connect. ' +
      'Start from ready-made dashboards, then build your own from the list of metrics, each compared with the period before. ' +
      'Scheduled reports email a dashboard’s figures, with a PDF, to whoever needs them every week or month.',
    features: [
      `Ready-made dashboards: ${names(moduleDefaults.analytics.dashboards)}`,
      'Line, bar, number and table widgets with a date range and the previous period to compare',
      'Figures from CRM, HR, Finance, Projects, Support desk and CMS with nothing to set up, plus what you pay Atrium',
      'A figure from a module you do not have says so, with a link to get it, instead of showing zero',
      'Weekly or monthly email reports of any dashboard, with a PDF attached',
    ],
    screenshots: [
      { file: '/marketplace/analytics-overview.png', caption: 'The overview dashboard: revenue won, open pipeline, headcount, tickets and tasks, each against the period before' },
      { file: '/marketplace/analytics-revenue.png', caption: 'The revenue and spend dashboard: revenue won by month, the profit and loss and spend by category' },
    ],
    setupSteps: [
      {
        key: 'explore_dashboards',
        title: 'Explore your dashboards',
        description: `You start with ${names(moduleDefaults.analytics.dashboards)}; each fills in from your other modules.`,
      },
      { key: 'build_dashboard', title: 'Build your own dashboard', description: 'Add the charts your team reviews each week and set their date range.' },
      { key: 'schedule_report', title: 'Schedule a report', description: 'Email a dashboard to yourself or your team every week or month.' },
    ],
  }),
};
