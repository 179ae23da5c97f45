import type { BillingPeriod, CalendarDay, Invoice, Money, NotificationCategory } from '@atrium/core';
import type { CardSetupView, CardToAttachInput, PaymentMethodView } from './subscription/payment-method-types';
import type { SubscriptionSnapshot } from './subscription/messages';

export type ChargeOutcome =
  | { status: 'paid' }
  | { status: 'failed'; code: string; message: string };

export type AddPaymentMethodOutcome =
  | { status: 'attached'; paymentMethod: PaymentMethodView; cardsOnFile: number }
  | { status: 'declined'; code: string; message: string };

/** What the billing workflows ask of the outside world; the worker implements it. */
export interface BillingActivities {
  /** The company's tax details as they are now, whether it has a card to charge, and whether it was ever invoiced. */
  loadBillingProfile(input: { companyId: string }): Promise<{ country: string; taxId: string; hasPaymentMethod: boolean; hasInvoices?: boolean }>;
  /** Writes the projection; a snapshot with a lower revision than the stored one is ignored. */
  recordSubscription(snapshot: SubscriptionSnapshot): Promise<void>;
  /**
   * Issues (finalises and numbers) an invoice, once per `businessKey`: issuing the same
   * key again returns the first invoice.
   */
  issueInvoice(input: {
    companyId: string;
    businessKey: string;
    kind: 'renewal' | 'change';
    issuedOn: CalendarDay;
    period: BillingPeriod | null;
    invoice: Invoice;
  }): Promise<{ invoiceId: string; number: string; total: Money }>;
  /** Charges the company's default card for an invoice, once per (invoice, attempt). */
  chargeInvoice(input: { companyId: string; invoiceId: string; attempt: number }): Promise<ChargeOutcome>;
  voidInvoice(input: { companyId: string; invoiceId: string }): Promise<void>;
  markInvoiceUncollectible(input: { companyId: string; invoiceId: string }): Promise<void>;
  /** Renders and stores the invoice PDF, and the receipt once paid; rendering twice keeps one of each. */
  renderInvoiceDocuments(input: { companyId: string; invoiceId: string }): Promise<void>;
  /**
   * An in-app notice, and a mail to the owners and billing managers, once per `dedupeKey`.
   * `category` defaults to the kind's (core's `categoryOfKind`).
   */
  notifyBillingContacts(input: { companyId: string; kind: string; category?: NotificationCategory; title: string; body: string; dedupeKey: string }): Promise<void>;

  prepareCardSetup(input: { companyId: string }): Promise<CardSetupView>;
  /** Attaches once per `attachKey` (a business key: the same key again returns the same card). */
  addPaymentMethod(input: { companyId: string; card: CardToAttachInput; makeDefault: boolean; attachKey: string }): Promise<AddPaymentMethodOutcome>;
  setDefaultPaymentMethod(input: { companyId: string; paymentMethodId: string }): Promise<PaymentMethodView>;
  /** Refuses (`last_payment_method`) to remove the only card unless `mayRemoveLast`. */
  removePaymentMethod(input: { companyId: string; paymentMethodId: string; mayRemoveLast: boolean }): Promise<
    { status: 'removed'; cardsOnFile: number } | { status: 'refused'; code: string; message: string }
  >;

  /** The daily card-expiry scan: notifies once per card 30 and 7 days before it expires. */
  notifyExpiringCards(input: { today: CalendarDay }): Promise<{ notified: number }>;
}
