import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { emptyChecklist } from '@atrium/core';

/**
 * Test fixtures written as the owner (who is subject to FORCEd RLS too, so it names a
 * system context): a person, a company, the membership between them, and a row in every
 * other tenant-owned table, so isolation tests have something to not see. Billing tests
 * pass `billingRows: false` to start from a company that has never been billed.
 */
export async function createCompanyWithOwner(ownerUrl: string, name: string, options: { billingRows?: boolean } = {}) {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const companyId = randomUUID();
  const userId = `user-${randomUUID()}`;
  try {
    await client.query('begin');
    await client.query(`select set_config('app.system_context', 'test-fixtures', true)`);
    await client.query(
      `insert into "user" (id, name, email, "emailVerified", "createdAt", "updatedAt") values ($1, $2, $3, false, now(), now())`,
      [userId, `${name} owner`, `${userId}@example.com`],
    );
    await client.query(
      `insert into company (id, name, slug, created_at, updated_at) values ($1, $2, $3, now(), now())`,
      [companyId, name, `${name.toLowerCase().replace(/\W+/g, '-')}-${companyId.slice(0, 8)}`],
    );
    await client.query(
      `insert into membership (id, company_id, user_id, role, module_roles, created_at) values ($1, $2, $3, 'owner', '{}', now())`,
      [randomUUID(), companyId, userId],
    );
    const noticeId = randomUUID();
    await client.query(
      `insert into notification (id, company_id, kind, category, title, body, dedupe_key, created_at) values ($1, $2, 'welcome', 'other', $3, 'Hello', 'welcome', now())`,
      [noticeId, companyId, `Welcome to ${name}`],
    );
    await client.query(`insert into notification_read (notification_id, user_id, company_id, read_at) values ($1, $2, $3, now())`, [noticeId, userId, companyId]);
    await client.query(
      `insert into notification_preference (company_id, user_id, category, in_app, mail, updated_at) values ($1, $2, 'module_updates', true, false, now())`,
      [companyId, userId],
    );
    await client.query(`insert into notification_digest (company_id, user_id, enabled, last_sent_on, updated_at) values ($1, $2, false, null, now())`, [companyId, userId]);
    await client.query(
      `insert into invitation (id, company_id, email, role, module_roles, token_hash, invited_by, expires_at, created_at) values ($1, $2, $3, 'member', '{}', $4, $5, now() + interval '7 days', now())`,
      [randomUUID(), companyId, `invitee-${companyId}@example.com`, randomUUID().replaceAll('-', '').padEnd(64, '0'), userId],
    );
    await client.query(
      `insert into audit_event (id, company_id, actor_user_id, actor_email, category, action, target, details, created_at) values ($1, $2, $3, 'owner@example.com', 'team', 'fixture.created', $4, '{}', now())`,
      [randomUUID(), companyId, userId, name],
    );
    await client.query(`insert into company_logo (company_id, content_type, bytes, updated_at) values ($1, 'image/png', '\\x89504e47', now())`, [companyId]);
    if (options.billingRows ?? true) {
      await insertBillingRows(client, companyId);
      await insertMarketplaceRows(client, companyId);
      await insertHrRows(client, companyId);
    }
    await client.query('commit');
  } finally {
    await client.end();
  }
  return { companyId, userId };
}

/** One row in each billing table, so that isolation tests cover them too. */
async function insertBillingRows(client: pg.Client, companyId: string): Promise<void> {
  const invoiceId = randomUUID();
  await client.query(
    `insert into subscription (company_id, revision, plan, cycle, seats, currency, status, anchor_day, period_start, period_end, scheduled_changes, updated_at)
     values ($1, 1, 'starter', 'monthly', 5, 'EUR', 'active', '2026-11-01', '2026-11-01', '2026-12-01', '[]', now())`,
    [companyId],
  );
  await client.query(
    `insert into subscription_item (id, company_id, item_key, description, quantity, unit_amount, amount, currency, created_at)
     values ($1, $2, 'module:crm', 'CRM module, monthly', 1, 1900, 1900, 'EUR', now())`,
    [randomUUID(), companyId],
  );
  await client.query(
    `insert into invoice (id, company_id, business_key, kind, status, currency, subtotal, tax_rate, tax_amount, reverse_charge, tax_note, total, customer, created_at)
     values ($1, $2, 'fixture', 'renewal', 'draft', 'EUR', 1000, 1900, 190, false, 'VAT 19% (DE)', 1190, '{}', now())`,
    [invoiceId, companyId],
  );
  await client.query(
    `insert into invoice_line (id, company_id, invoice_id, position, kind, description, quantity, unit_amount, amount)
     values ($1, $2, $3, 1, 'plan', 'Starter plan, monthly', 1, 1000, 1000)`,
    [randomUUID(), companyId, invoiceId],
  );
  await client.query(
    `insert into invoice_document (invoice_id, kind, company_id, bytes, created_at) values ($1, 'invoice', $2, '\\x25504446', now())`,
    [invoiceId, companyId],
  );
  await client.query(
    `insert into payment (id, company_id, invoice_id, attempt, amount, currency, status, gateway, created_at)
     values ($1, $2, $3, 1, 1190, 'EUR', 'failed', 'sandbox', now())`,
    [randomUUID(), companyId, invoiceId],
  );
  await client.query(
    `insert into payment_method (id, company_id, gateway, gateway_reference, brand, last4, exp_month, exp_year, is_default, created_at)
     values ($1, $2, 'sandbox', $3, 'visa', '4242', 12, 2030, true, now())`,
    [randomUUID(), companyId, `pm_sandbox_4242_${companyId}`],
  );
  await client.query(
    `insert into payment_customer (company_id, gateway, reference, created_at) values ($1, 'sandbox', $2, now())`,
    [companyId, `cus_sandbox_${companyId}`],
  );
  await client.query(
    `insert into sandbox_charge (id, company_id, idempotency_key, payment_method_reference, amount, currency, status, created_at)
     values ($1, $2, $3, 'pm_sandbox_4242', 1190, 'EUR', 'succeeded', now())`,
    [`ch_sandbox_${randomUUID().slice(0, 20)}`, companyId, `fixture:${companyId}`],
  );
}

/** A lapsed trial, a removed installation and one of its settings. */
async function insertMarketplaceRows(client: pg.Client, companyId: string): Promise<void> {
  await client.query(
    `insert into module_trial (company_id, module, status, started_at, ends_at, closed_at) values ($1, 'analytics', 'lapsed', now() - interval '20 days', now() - interval '6 days', now() - interval '6 days')`,
    [companyId],
  );
  await client.query(
    `insert into module_installation (company_id, module, status, completed_setup_steps, provisioned_at, removed_at, purge_after)
     values ($1, 'analytics', 'removed', '[]', now() - interval '20 days', now() - interval '6 days', now() + interval '24 days')`,
    [companyId],
  );
  await client.query(
    `insert into module_setting (id, company_id, module, kind, name, position, data, created_at) values ($1, $2, 'analytics', 'dashboard', 'Overview', 1, '{}', now())`,
    [randomUUID(), companyId],
  );
  // CRM: one row in each of its tables.
  const [organizationId, contactId, dealId] = [randomUUID(), randomUUID(), randomUUID()];
  const base = `company_id, created_at, updated_at`;
  await client.query(`insert into crm_organization (id, ${base}, name, name_key) values ($1, $2, now(), now(), 'Client', 'client')`, [organizationId, companyId]);
  await client.query(`insert into crm_contact (id, ${base}, first_name, last_name, organization_id, custom_fields, search_text) values ($1, $2, now(), now(), 'Ada', 'L', $3, '{}', 'ada l')`, [contactId, companyId, organizationId]);
  await client.query(`insert into crm_deal (id, ${base}, title, value_minor, currency, stage_id, status, position, contact_id) values ($1, $2, now(), now(), 'Deal', 100, 'EUR', $3, 'open', 0, $4)`, [dealId, companyId, randomUUID(), contactId]);
  await client.query(`insert into crm_activity (id, ${base}, kind, body, occurred_at, deal_id) values ($1, $2, now(), now(), 'call', 'Called', now(), $3)`, [randomUUID(), companyId, dealId]);
  await client.query(`insert into crm_task (id, ${base}, title, due_at, assignee_id) values ($1, $2, now(), now(), 'Follow up', now(), 'someone')`, [randomUUID(), companyId]);
  // Support from Atrium: a ticket with a message and an attachment, a chat with a line.
  const [ticketId, ticketMessageId, chatId] = [randomUUID(), randomUUID(), randomUUID()];
  await client.query(`insert into help_ticket (id, ${base}, subject, category, priority, status, source, last_message_at) values ($1, $2, now(), now(), 'Help', 'other', 'normal', 'open', 'form', now())`, [ticketId, companyId]);
  await client.query(`insert into help_ticket_message (id, ${base}, ticket_id, author_kind, author_name, body) values ($1, $2, now(), now(), $3, 'person', 'Ada', 'Hello')`, [ticketMessageId, companyId, ticketId]);
  await client.query(`insert into help_ticket_attachment (id, ${base}, message_id, filename, content_type, size, bytes) values ($1, $2, now(), now(), $3, 'a.png', 'image/png', 1, '\\x00')`, [randomUUID(), companyId, ticketMessageId]);
  await client.query(`insert into help_chat (id, ${base}, status) values ($1, $2, now(), now(), 'waiting')`, [chatId, companyId]);
  await client.query(`insert into help_chat_message (id, ${base}, chat_id, author_kind, author_name, body) values ($1, $2, now(), now(), $3, 'person', 'Ada', 'Hi')`, [randomUUID(), companyId, chatId]);
  // Projects: one row in each of its tables, the guest invited but not yet signed in.
  const [projectId, taskId] = [randomUUID(), randomUUID()];
  await client.query(`insert into project (id, ${base}, name) values ($1, $2, now(), now(), 'Project')`, [projectId, companyId]);
  await client.query(`insert into project_task (id, ${base}, project_id, title, status, position) values ($1, $2, now(), now(), $3, 'Task', 'todo', 0)`, [taskId, companyId, projectId]);
  await client.query(`insert into project_checklist_item (id, ${base}, project_id, task_id, label, position) values ($1, $2, now(), now(), $3, $4, 'Item', 0)`, [randomUUID(), companyId, projectId, taskId]);
  await client.query(`insert into project_comment (id, ${base}, project_id, task_id, author_name, body) values ($1, $2, now(), now(), $3, $4, 'Someone', 'A comment')`, [randomUUID(), companyId, projectId, taskId]);
  await client.query(`insert into project_milestone (id, ${base}, project_id, name, due_on) values ($1, $2, now(), now(), $3, 'Beta', '2031-01-01')`, [randomUUID(), companyId, projectId]);
  await client.query(
    `insert into project_guest (id, ${base}, project_id, email, name, token_hash, expires_at, invited_by) values ($1, $2, now(), now(), $3, 'client@example.com', 'Client', $4, now() + interval '7 days', 'someone')`,
    [randomUUID(), companyId, projectId, randomUUID().replace(/-/g, '').padEnd(64, '0')],
  );
  // Finance: a claim in an expense category with its receipt, a bank account with a transaction matched to it.
  const [categoryId, claimId, accountId] = [randomUUID(), randomUUID(), randomUUID()];
  await client.query(`insert into module_setting (id, company_id, module, kind, name, position, data, created_at) values ($1, $2, 'finance', 'expense_category', 'Travel', 1, '{}', now())`, [categoryId, companyId]);
  await client.query(`insert into finance_expense_claim (id, ${base}, owner_id, category_id, amount_minor, currency, spent_on, merchant) values ($1, $2, now(), now(), 'someone', $3, 1200, 'EUR', '2026-08-03', 'Rail')`, [claimId, companyId, categoryId]);
  await client.query(`insert into finance_receipt (id, ${base}, claim_id, content_type, file_name, size, bytes) values ($1, $2, now(), now(), $3, 'application/pdf', 'r.pdf', 1, '\\x00')`, [randomUUID(), companyId, claimId]);
  await client.query(`insert into finance_bank_account (id, ${base}, name, currency) values ($1, $2, now(), now(), 'Main', 'EUR')`, [accountId, companyId]);
  await client.query(`insert into finance_bank_transaction (id, ${base}, account_id, booked_on, amount_minor, currency, matched_claim_id, fingerprint) values ($1, $2, now(), now(), $3, '2026-08-04', -1200, 'EUR', $4, $5)`, [randomUUID(), companyId, accountId, claimId, randomUUID()]);
  // Support desk: a customer's ticket with its first mail, and a saved reply.
  const supportTicketId = randomUUID();
  await client.query(`insert into support_ticket (id, ${base}, number, subject, requester_email, status, priority, source, last_message_at) values ($1, $2, now(), now(), 1, 'Help', 'ada@customer.example', 'open', 'normal', 'mail', now())`, [supportTicketId, companyId]);
  await client.query(`insert into support_message (id, ${base}, ticket_id, direction, author_name, body) values ($1, $2, now(), now(), $3, 'inbound', 'Ada', 'Hello')`, [randomUUID(), companyId, supportTicketId]);
  await client.query(`insert into support_saved_reply (id, ${base}, title, body) values ($1, $2, now(), now(), 'Thanks', 'Thank you')`, [randomUUID(), companyId]);
  // CMS: a site (its slug unique across companies) with a page, its revision, an image and a day of views.
  const [siteId, pageId] = [randomUUID(), randomUUID()];
  await client.query(`insert into cms_site (id, ${base}, name, slug) values ($1, $2, now(), now(), 'Site', $3)`, [siteId, companyId, `site-${siteId.slice(0, 8)}`]);
  await client.query(`insert into cms_page (id, ${base}, site_id, slug, path, language, title, draft_updated_at) values ($1, $2, now(), now(), $3, 'home', 'home', 'en', 'Home', now())`, [pageId, companyId, siteId]);
  await client.query(`insert into cms_page_revision (id, ${base}, page_id, number, title, seo_title, seo_description, html) values ($1, $2, now(), now(), $3, 1, 'Home', '', '', '<p>Hi</p>')`, [randomUUID(), companyId, pageId]);
  await client.query(`insert into cms_media (id, ${base}, site_id, file_name, content_type, size, width, height, bytes) values ($1, $2, now(), now(), $3, 'a.png', 'image/png', 1, 1, 1, '\\x00')`, [randomUUID(), companyId, siteId]);
  await client.query(`insert into cms_page_view_day (company_id, site_id, page_id, day, views) values ($1, $2, $3, current_date, 1)`, [companyId, siteId, pageId]);
  // Analytics: a dashboard with a widget, a weekly report of it and one mailing.
  const [dashboardId, reportId] = [randomUUID(), randomUUID()];
  await client.query(`insert into analytics_dashboard (id, ${base}, name, position) values ($1, $2, now(), now(), 'Board', 1)`, [dashboardId, companyId]);
  await client.query(`insert into analytics_widget (id, ${base}, dashboard_id, metric, chart, range_preset, bucket, position) values ($1, $2, now(), now(), $3, 'revenue_won', 'line', 'last_30_days', 'week', 1)`, [randomUUID(), companyId, dashboardId]);
  await client.query(`insert into analytics_report (id, ${base}, dashboard_id, frequency, recipients) values ($1, $2, now(), now(), $3, 'weekly', '{boss@example.com}')`, [reportId, companyId, dashboardId]);
  await client.query(`insert into analytics_report_run (id, ${base}, report_id, period, sent_at) values ($1, $2, now(), now(), $3, '2026-W48', now())`, [randomUUID(), companyId, reportId]);
  // Onboarding: the checklist's projection, nothing done yet.
  await client.query(`insert into onboarding_checklist (company_id, completed_count, checklist, updated_at) values ($1, 0, $2, now())`, [companyId, JSON.stringify(emptyChecklist(companyId))]);
}

/** An employee with a leave request, of a leave type of the removed module's settings. */
async function insertHrRows(client: pg.Client, companyId: string): Promise<void> {
  const [employeeId, leaveTypeId] = [randomUUID(), randomUUID()];
  await client.query(
    `insert into module_setting (id, company_id, module, kind, name, position, data, created_at) values ($1, $2, 'hr', 'leave_type', 'Annual leave', 1, '{"paid": true, "daysPerYear": 25}', now())`,
    [leaveTypeId, companyId],
  );
  await client.query(
    `insert into hr_employee (id, company_id, created_at, updated_at, name, start_date, work_email) values ($1, $2, now(), now(), 'Fixture Employee', '2024-01-08', $3)`,
    [employeeId, companyId, `employee-${companyId}@example.com`],
  );
  await client.query(
    `insert into hr_leave_request (id, company_id, created_at, updated_at, employee_id, leave_type_id, start_date, end_date, days) values ($1, $2, now(), now(), $3, $4, '2026-08-03', '2026-08-07', 5)`,
    [randomUUID(), companyId, employeeId, leaveTypeId],
  );
}
export { createHrCompany, insertLeaveRequest, type HrPerson } from './hr-companies';
export { createFinanceCompany, insertSubmittedClaim, type FinancePerson } from './finance-companies';
