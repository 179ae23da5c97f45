import { z } from 'zod';
import { emailAddress, text } from '../api/text';
import { newPassword } from '../auth/password';
import { planKeys } from '../billing/plans';
import { subscriptionStatuses } from '../billing/subscription-status';
import { moneyView } from '../billing/views';
import { companyIdParams } from '../company/schemas';
import { moduleStateView } from '../entitlements/views';
import { moduleKeys } from '../modules/catalog';

/**
 * Operators are Atrium's own staff, not company people: their own accounts, sessions and
 * routes under /api/operator. These are the shapes of that console's API.
 */

const operatorEmail = emailAddress({ field: 'email address', message: 'Enter a valid email address, like name@atrium.example.' }).transform((value) =>
  value.trim().toLowerCase(),
);

/** A TOTP code: six digits from the operator's authenticator app. */
export const totpCode = z
  .string({ error: 'Enter the 6-digit code from your authenticator app.' })
  .trim()
  .regex(/^\d{6}$/, { error: 'Enter the 6-digit code from your authenticator app.' });

export const operatorLoginRequest = z
  .object({
    email: operatorEmail,
    password: text({ field: 'password', trim: false, min: 1, max: 1024, messages: { required: 'Enter your password.', min: 'Enter your password.' } }),
    /** Required once the operator has enrolled; before that, the answer is the enrolment. */
    code: totpCode.optional(),
  })
  .meta({ id: 'OperatorLoginRequest' });

export const operatorEnrolmentRequest = z
  .object({
    /** From the login answer: proves the one-time password was right, for 10 minutes. */
    token: text({ field: 'enrolment token', trim: false, min: 1, max: 512 }),
    code: totpCode,
    /** Replaces the one-time password. */
    newPassword,
  })
  .meta({ id: 'OperatorEnrolmentRequest' });

export const operatorView = z.object({ id: z.uuid(), email: z.string(), name: z.string() }).meta({ id: 'Operator' });

export const operatorLoginResult = z
  .discriminatedUnion('status', [
    z.object({ status: z.literal('signed_in'), operator: operatorView }),
    z.object({
      status: z.literal('enrolment_required'),
      /** The TOTP secret to add to an authenticator app: base32 text and the otpauth:// URL (the QR code's content). */
      enrolment: z.object({ secret: z.string(), otpauthUrl: z.string(), token: z.string(), expiresAt: z.string() }),
    }),
  ])
  .meta({ id: 'OperatorLoginResult' });

export const operatorSignedIn = z.object({ status: z.literal('signed_in'), operator: operatorView }).meta({ id: 'OperatorSignedIn' });

export const consoleCompanyQuery = z.object({
  q: text({ field: 'search', max: 120 }).optional(),
  status: z.enum([...subscriptionStatuses, 'starting'], { error: 'Choose a subscription status.' }).optional(),
  plan: z.enum(planKeys, { error: 'Choose a plan.' }).optional(),
});

const moduleStateEntry = z.object({ module: z.enum(moduleKeys), state: moduleStateView });

export const consoleCompanyRow = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    createdAt: z.string(),
    plan: z.enum(planKeys),
    planName: z.string(),
    status: z.enum([...subscriptionStatuses, 'starting']),
    cycle: z.enum(['monthly', 'annual']).nullable(),
    seats: z.object({ paid: z.int(), used: z.int(), limit: z.int() }),
    /** Before tax, from the subscription projection at catalog prices. */
    mrr: moneyView,
    /** Modules that grant anything now (active, trial, read-only). */
    modules: z.array(moduleStateEntry),
  })
  .meta({ id: 'ConsoleCompany' });

export const consoleCompanyDetail = consoleCompanyRow
  .extend({
    legalName: z.string(),
    billingEmail: z.string(),
    country: z.string(),
    currency: z.string(),
    owners: z.array(z.object({ name: z.string(), email: z.string() })),
    /** Every module, with its state (not available included). */
    allModules: z.array(moduleStateEntry),
    /** The Temporal UI's list of this company's workflows (`AtriumCompanyId`). */
    workflowsUrl: z.string(),
  })
  .meta({ id: 'ConsoleCompanyDetail' });

export const billingTimelineKinds = ['invoice_issued', 'invoice_paid', 'invoice_closed', 'payment_succeeded', 'payment_failed', 'subscription_change'] as const;

export const billingTimelineEntry = z
  .object({
    at: z.string(),
    kind: z.enum(billingTimelineKinds),
    description: z.string(),
    amount: moneyView.nullable(),
    invoiceNumber: z.string().nullable(),
  })
  .meta({ id: 'BillingTimelineEntry' });

export const consoleCompanyParams = companyIdParams;

export const operatorAuditEventView = z
  .object({
    id: z.uuid(),
    operatorEmail: z.string(),
    action: z.string(),
    target: z.string(),
    companyId: z.uuid().nullable(),
    details: z.record(z.string(), z.unknown()),
    description: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'OperatorAuditEvent' });

export type OperatorLoginRequest = z.infer<typeof operatorLoginRequest>;
export type OperatorEnrolmentRequest = z.infer<typeof operatorEnrolmentRequest>;
export type OperatorView = z.infer<typeof operatorView>;
export type ConsoleCompanyRow = z.infer<typeof consoleCompanyRow>;
export type ConsoleCompanyDetail = z.infer<typeof consoleCompanyDetail>;
export type BillingTimelineEntry = z.infer<typeof billingTimelineEntry>;
