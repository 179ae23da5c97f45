import { prepareCardSetupUpdate } from '@atrium/workflows';
import type { ApiDependencies } from '../../deps';
import { updateSubscription } from '../subscription-workflow';

/** What the card form needs: a SetupIntent's client secret with Stripe, nothing in test mode. */
export function prepareCardSetup(deps: ApiDependencies, companyId: string) {
  return updateSubscription(deps, companyId, prepareCardSetupUpdate);
}
