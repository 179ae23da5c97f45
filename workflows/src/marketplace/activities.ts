import type { ModuleKey } from '@atrium/core';

export type TrialConversion =
  | { status: 'converted' }
  | { status: 'not_converted'; reason: 'no_payment_method' | 'payment_declined' | 'subscription_inactive'; message: string };

/** What the marketplace workflows ask of the outside world; the worker implements it. */
export interface MarketplaceActivities {
  /** Writes the trial; a module already tried once by the company is refused (`trial_already_used`). */
  startModuleTrial(input: { companyId: string; module: ModuleKey; startedAt: string; endsAt: string }): Promise<void>;
  closeModuleTrial(input: { companyId: string; module: ModuleKey; status: 'converted' | 'lapsed' }): Promise<void>;
  /** Sets the module up (its defaults, once) and marks it active. */
  provisionModule(input: { companyId: string; module: ModuleKey }): Promise<void>;
  /** Marks the module removed; its data stays until `purgeAfter`. */
  deprovisionModule(input: { companyId: string; module: ModuleKey; purgeAfter: string }): Promise<void>;
  /** Deletes the module's data for good, unless it became active again. */
  purgeModule(input: { companyId: string; module: ModuleKey }): Promise<void>;
  /** Asks `provision:{companyId}:{module}` to set the module up or tear it down (signal-with-start). */
  activateModule(input: { companyId: string; module: ModuleKey }): Promise<void>;
  deactivateModule(input: { companyId: string; module: ModuleKey }): Promise<void>;
  /** Adds the module to the subscription (prorated first charge) when a card is on file. */
  convertTrial(input: { companyId: string; module: ModuleKey }): Promise<TrialConversion>;
}
