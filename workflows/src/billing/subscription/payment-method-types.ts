/**
 * The payment-method shapes that cross the workflow boundary. They mirror the gateway
 * interface in `workers` without importing it (workflows import only `core`).
 */
export type CardToAttachInput =
  | { gateway: 'sandbox'; brand: string; last4: string; expMonth: number; expYear: number }
  | { gateway: 'stripe'; setupIntentId: string };

export interface PaymentMethodView {
  id: string;
  gateway: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
  isDefault: boolean;
}

export interface CardSetupView {
  gateway: 'sandbox' | 'stripe';
  clientSecret: string | null;
  publishableKey: string | null;
}
