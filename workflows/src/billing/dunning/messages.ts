import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { Money } from '@atrium/core';

export const dunningWorkflowId = (invoiceId: string) => `dunning:${invoiceId}`;

/** Days after the first failed charge on which it is retried. */
export const dunningRetryDays = [1, 3, 5, 7] as const;
/** Days after the first failed charge on which an unpaid invoice is written off. */
export const dunningWriteOffDays = 30;

export interface DunningInput {
  companyId: string;
  invoiceId: string;
  invoiceNumber: string;
  total: Money;
  /** ISO instant of the failed renewal charge (attempt 1). */
  firstFailedAt: string;
  /** Why attempt 1 failed, for the first notice. */
  firstFailure: { code: string; message: string };
}

export interface DunningProgress {
  invoiceId: string;
  attempts: number;
  /** ISO instant of the next scheduled retry; null after the last one. */
  nextRetryAt: string | null;
  suspended: boolean;
  writeOffAt: string;
}

/** The company added or changed its default card: try the invoice again now. */
export const retryPaymentSignal = defineSignal('retryPayment');
export const dunningProgressQuery = defineQuery<DunningProgress>('progress');
