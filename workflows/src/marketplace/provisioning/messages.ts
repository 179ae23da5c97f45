import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { ModuleKey } from '@atrium/core';

export const provisioningWorkflowId = (companyId: string, module: ModuleKey) => `provision:${companyId}:${module}`;

/** Days a removed module's data is kept before it is purged. */
export const moduleDataKeptDays = 30;

export interface ProvisioningInput {
  companyId: string;
  module: ModuleKey;
  /** Carried over continue-as-new; absent on the first run. */
  state?: InstallationState;
  /** What the last signal asked for, carried over continue-as-new; absent on the first run. */
  wanted?: 'active' | 'removed';
}

export interface InstallationState {
  status: 'pending' | 'active' | 'removed' | 'purged';
  /** ISO instant after which removed data is purged. */
  purgeAfter: string | null;
}

export const provisionSignal = defineSignal('provision');
export const deprovisionSignal = defineSignal('deprovision');
export const installationStateQuery = defineQuery<InstallationState>('installation');
