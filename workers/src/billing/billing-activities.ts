import type { Mailer, MikroORM } from '@atrium/db';
import type { BillingActivities } from '@atrium/workflows';
import type { PaymentGateway } from './gateways/payment-gateway';
import { chargeInvoice } from './invoices/charge-invoice';
import { markInvoiceUncollectible, voidInvoice } from './invoices/close-invoice';
import { issueInvoice } from './invoices/issue-invoice';
import { renderInvoiceDocuments } from './invoices/render-invoice-documents';
import { notifyBillingContacts } from './notices/notify-billing-contacts';
import { notifyExpiringCards } from './notices/notify-expiring-cards';
import { addPaymentMethod } from './payment-methods/add-payment-method';
import { prepareCardSetup } from './payment-methods/prepare-card-setup';
import { removePaymentMethod } from './payment-methods/remove-payment-method';
import { setDefaultPaymentMethod } from './payment-methods/set-default-payment-method';
import { loadBillingProfile } from './subscriptions/load-billing-profile';
import { recordSubscription } from './subscriptions/record-subscription';

export function createBillingActivities({ orm, gateway, mailer }: { orm: MikroORM; gateway: PaymentGateway; mailer: Mailer }): BillingActivities {
  return {
    loadBillingProfile: loadBillingProfile(orm),
    recordSubscription: recordSubscription(orm),
    issueInvoice: issueInvoice(orm),
    chargeInvoice: chargeInvoice(orm, gateway, mailer),
    voidInvoice: voidInvoice(orm),
    markInvoiceUncollectible: markInvoiceUncollectible(orm),
    renderInvoiceDocuments: renderInvoiceDocuments(orm),
    notifyBillingContacts: notifyBillingContacts(orm, mailer),
    prepareCardSetup: prepareCardSetup(orm, gateway),
    addPaymentMethod: addPaymentMethod(orm, gateway),
    setDefaultPaymentMethod: setDefaultPaymentMethod(orm),
    removePaymentMethod: removePaymentMethod(orm, gateway),
    notifyExpiringCards: notifyExpiringCards(orm, mailer),
  };
}
