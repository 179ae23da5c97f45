import { PaymentCustomer, withTenant, type MikroORM } from '@atrium/db';
import type { PaymentGateway } from '../gateways/payment-gateway';

/**
 * The gateway's customer for a company, created on first need and remembered. A caller that
 * has already read the stored customer (`known`, null when there is none) saves the read.
 */
export async function ensureGatewayCustomer(
  orm: MikroORM,
  gateway: PaymentGateway,
  company: { id: string; name: string; billingEmail: string },
  alreadyRead?: { known: { gateway: string; reference: string } | null },
): Promise<string> {
  const known = alreadyRead ? alreadyRead.known : await withTenant(orm, { companyId: company.id }, (em) => em.findOne(PaymentCustomer, { company: company.id }));
  if (known && known.gateway === gateway.name) return known.reference;
  // Idempotent at the gateway (keyed by the company), so a crash before the insert is harmless.
  const reference = await gateway.ensureCustomer({ id: company.id, name: company.name, email: company.billingEmail });
  await withTenant(orm, { companyId: company.id }, (em) =>
    em.upsert(
      PaymentCustomer,
      { company: company.id, gateway: gateway.name, reference, createdAt: new Date() },
      { onConflictFields: ['company'], onConflictAction: 'merge', onConflictMergeFields: ['gateway', 'reference'] },
    ),
  );
  return reference;
}
