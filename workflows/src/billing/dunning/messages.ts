import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { Money } from '@atrium/core';
// The schedule is business arithmetic in `core`; the billing page reads it from there too.
export { dunningRetryDays, dunningWriteOffDays } from '@atrium/core';

export const dunningWorkflowId = (invoiceId: string) => `dunning:${invoiceId}`;


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
