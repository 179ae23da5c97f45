import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { PaymentMethod, withTenant, type Mailer, type MikroORM } from '@atrium/db';
import { addItemUpdate, subscriptionWorkflowId, type MarketplaceActivities } from '@atrium/workflows';
import type { TemporalAccess } from './module-activation';
import { noticeOfTrialConverted } from './module-notices';

/**
 * At the end of a trial: add the module to the subscription (its first charge prorated)
 * when a card is on file. The subscription refuses a module it already has, which counts
 * as converted: a retried conversion never charges twice.
 */
export function convertTrial(orm: MikroORM, temporal: TemporalAccess, mailer: Mailer): MarketplaceActivities['convertTrial'] {
  return async ({ companyId, module }) => {
    const cards = await withTenant(orm, { companyId }, (em) => em.count(PaymentMethod, {}));
    if (cards === 0) return { status: 'not_converted', reason: 'no_payment_method', message: 'There is no card on file.' };
    try {
      await temporal.client.workflow.getHandle(subscriptionWorkflowId(companyId)).executeUpdate(addItemUpdate, { args: [{ module }] });
      await noticeOfTrialConverted(orm, mailer, { companyId, module });
      return { status: 'converted' };
    } catch (error) {
      const cause = error instanceof WorkflowUpdateFailedError ? error.cause : undefined;
      if (!(cause instanceof ApplicationFailure)) throw error;
      if (cause.type === 'module_already_active') return { status: 'converted' };
      const reason = cause.type === 'payment_declined' || cause.type === 'payment_method_required' ? 'payment_declined' : 'subscription_inactive';
      return { status: 'not_converted', reason, message: cause.message };
    }
  };
}
