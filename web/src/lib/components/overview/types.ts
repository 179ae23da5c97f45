import type { Currency, ModuleKey, ModuleState, Money } from '@atrium/core';
import type { Dunning, SubscriptionStatus } from '../billing/types';

/**
 * `GET /api/companies/:id/overview` as the dashboard reads it (`api/src/overview/`).
 * Money is integer minor units; `formatMoney` from core turns it into text.
 */

/** A module the company can use now: paid, in trial, or paid but read-only while past due. */
export interface OverviewModule {
  key: ModuleKey;
  name: string;
  state: Exclude<ModuleState, { kind: 'not_available' }>;
}

/** One month's paid invoices, summed. */
export interface MonthlySpend {
  /** YYYY-MM */
  month: string;
  amount: number;
  currency: Currency;
}

export interface OverviewBilling {
  status: SubscriptionStatus;
  planName: string;
  /** The next renewal; null when nothing will be charged (canceled, paused, ending). */
  nextCharge: { amount: Money; on: string } | null;
  dunning: Dunning | null;
  /** Oldest first; empty until the first invoice is paid. */
  spendByMonth: MonthlySpend[];
}

export interface CompanyNotification {
  id: string;
  kind: string;
  title: string;
  body: string;
  createdAt: string;
  read: boolean;
}

export interface CompanyOverview {
  modules: OverviewModule[];
  /** `limit` is null for people who cannot read billing (it comes from the plan). */
  seats: { used: number; paid: number | null; limit: number | null };
  /** Null for people who cannot read billing: they see no money at all. */
  billing: OverviewBilling | null;
  /** The latest five, newest first. */
  notifications: CompanyNotification[];
}

/** What the mark-as-read action tells the page when the API refused. */
export interface NotificationProblem {
  notificationId: string;
  message: string;
}
