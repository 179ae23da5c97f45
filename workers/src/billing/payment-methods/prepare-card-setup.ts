import { Company, withTenant, type MikroORM } from '@atrium/db';
import type { BillingActivities } from '@atrium/workflows';
import type { PaymentGateway } from '../gateways/payment-gateway';
import { ensureGatewayCustomer } from './ensure-gateway-customer';

/** What the dashboard needs to collect a card: a SetupIntent's secret with Stripe, nothing in the sandbox. */
export function prepareCardSetup(orm: MikroORM, gateway: PaymentGateway): BillingActivities['prepareCardSetup'] {
  return async ({ companyId }) => {
    const company = await withTenant(orm, { companyId }, (em) => em.findOneOrFail(Company, { id: companyId }));
    return gateway.prepareCardSetup(await ensureGatewayCustomer(orm, gateway, company));
  };
}
