import type { Schemas } from '#lib/api';

/**
 * `GET /api/companies/:id/overview`, generated from the API's OpenAPI document. Money is
 * integer minor units; `formatMoney` from core turns it into text.
 */

/** A module the company can use now: paid, in trial, or paid but read-only while past due. */
export type OverviewModule = Schemas['OverviewModule'];
export type CompanyOverview = Schemas['CompanyOverview'];
export type OverviewBilling = NonNullable<CompanyOverview['billing']>;
/** One month's paid invoices, summed. */
export type MonthlySpend = OverviewBilling['spendByMonth'][number];
export type CompanyNotification = Schemas['Notification'];

/** What the mark-as-read action tells the page when the API refused. */
export interface NotificationProblem {
  notificationId: string;
  message: string;
}

/** One entry of `GET /api/companies/:id/activity`. */
export type ActivityItem = Schemas['ActivityItem'];
/** `GET …/modules/:module/usage`: each limit of the plan with what is used. */
export type ModuleUsage = Schemas['ModuleUsage'];
