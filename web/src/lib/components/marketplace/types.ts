import type { CompanyRole, ModuleKey, ModuleState, Money } from '@atrium/core';
import type { BillingOverview, InvoiceTotals } from '#lib/components/billing/types';

/**
 * The marketplace API's answers as the dashboard reads them (`api/src/marketplace/`).
 * The copy a buyer reads (tagline, features, screenshots, limits) is not in them: it comes
 * from core's `moduleListings`, the same for every company.
 */

export interface MarketplaceModule {
  key: ModuleKey;
  name: string;
  state: ModuleState;
  /** In the company's currency. */
  prices: { monthly: Money; annual: Money };
}

/** `GET /api/companies/:id/marketplace`. */
export interface Marketplace {
  /** Whether this person may start trials and buy (owners, admins, billing managers). */
  canBuy: boolean;
  /** For everyone else: who can. */
  askToBuy: { name: string; role: CompanyRole }[];
  modules: MarketplaceModule[];
}

/** `POST …/marketplace/:module/trial` (201). */
export interface TrialStarted {
  module: ModuleKey;
  endsAt: string;
  status: string;
}

/** `POST …/marketplace/:module/purchase/preview`: what buying charges now, prorated. */
export type PurchasePreview = { outcome: 'applied'; chargeNow: Money } & InvoiceTotals;

/** `POST …/marketplace/:module/purchase` and `…/cancel`. */
export interface PurchaseResult {
  outcome: 'applied' | 'scheduled';
  invoice: { id: string; number: string; total: Money } | null;
  billing: BillingOverview;
}

/**
 * What a marketplace form action tells the page. `code` is the API's error code, so the
 * page can point a refused purchase (no card, card declined) at Billing.
 */
export interface MarketplaceNotice {
  tone: 'success' | 'error';
  message: string;
  code?: string;
}
