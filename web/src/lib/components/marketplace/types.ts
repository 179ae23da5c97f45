import type { Schemas } from '#lib/api';

/**
 * The marketplace API's answers, generated from the API's OpenAPI document. The copy a
 * buyer reads (tagline, features, screenshots, limits) is not in them: it comes from core's
 * `moduleListings`, the same for every company.
 */

export type MarketplaceModule = Schemas['MarketplaceModule'];

/** `GET /api/companies/:id/marketplace`. */
export type Marketplace = Schemas['Marketplace'];

/** `POST …/marketplace/:module/trial` (201). */
export type TrialStarted = Schemas['TrialStarted'];

/** `POST …/marketplace/:module/purchase/preview`: what buying charges now, prorated. */
export type PurchasePreview = Schemas['AppliedChangePreview'];

/** `POST …/marketplace/:module/purchase` and `…/cancel`. */
export type PurchaseResult = Schemas['ChangeResult'];

/**
 * What a marketplace form action tells the page. `code` is the API's error code, so the
 * page can point a refused purchase (no card, card declined) at Billing.
 */
export interface MarketplaceNotice {
  tone: 'success' | 'error';
  message: string;
  code?: string;
}
