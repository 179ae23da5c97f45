import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { ModuleKey } from '@atrium/core';

export const trialWorkflowId = (companyId: string, module: ModuleKey) => `trial:${companyId}:${module}`;

export { moduleTrialDays as trialDays } from '@atrium/core';
/** Days before the end of a trial on which the company is reminded. */
export const trialReminderDays = [3, 1] as const;

export interface TrialInput {
  companyId: string;
  module: ModuleKey;
  /** ISO instant the trial started. */
  startedAt: string;
}

export type TrialOutcome = 'converted' | 'lapsed';

export interface TrialState {
  module: ModuleKey;
  endsAt: string;
  status: 'active' | TrialOutcome;
}

/** The company bought the module during its trial: it converts at once. */
export const trialPurchasedSignal = defineSignal('purchased');
export const trialStateQuery = defineQuery<TrialState>('trial');
