import type { ModuleKey, PlanKey } from '@atrium/core';
import { ApiCallError, AtriumClient } from '../lib/api-client';

export interface OwnerAccount {
  email: string;
  password: string;
  name: string;
}

export interface OwnerSession {
  client: AtriumClient;
  companyId: string;
  companyName: string;
  userId: string;
  /** False when the account already existed and was signed in to instead. */
  created: boolean;
}

const company = (companyId: string, path: string) => `/api/companies/${companyId}${path}`;

/**
 * The owner's session: a new account and company through sign-up, or, when the email is
 * taken (a second `npm run demo`), a sign-in to the account's first company it owns.
 */
export async function ownerSession(apiUrl: string, owner: OwnerAccount, companyName: string): Promise<OwnerSession> {
  const client = new AtriumClient(apiUrl);
  const signedUp = await client.request('POST', '/api/signup', { ...owner, companyName });
  if (signedUp.status === 201) {
    return { client, companyId: signedUp.body.company.id, companyName, userId: signedUp.body.user.id, created: true };
  }
  if (signedUp.status !== 409) throw new ApiCallError(`sign-up answered ${signedUp.status} (${signedUp.body?.message ?? signedUp.body})`, signedUp.status, signedUp.body);
  await client.signIn(owner.email, owner.password);
  const me = await client.call<{ user: { id: string }; companies: Array<{ id: string; name: string; role: string }> }>('GET', '/api/me');
  const owned = me.companies.find((candidate) => candidate.role === 'owner');
  if (!owned) throw new Error(`${owner.email} owns no company to fill.`);
  return { client, companyId: owned.id, companyName: owned.name, userId: me.user.id, created: false };
}

/** Stripe's always-succeeding test card, which the sandbox gateway accepts too. */
const testCard = { number: '4242424242424242', expMonth: 12, expYear: new Date().getUTCFullYear() + 4, cvc: '123' };

/**
 * Buys each module that is not active yet (a test card first, when none is on file), then
 * waits until its provisioning workflow has set it up: pipeline stages, leave types.
 */
export async function buyModules(session: OwnerSession, modules: ModuleKey[], log: (line: string) => void = () => {}): Promise<void> {
  const { client, companyId } = session;
  const cards = await client.call<{ paymentMethods: unknown[] }>('GET', company(companyId, '/billing/payment-methods'));
  if (cards.paymentMethods.length === 0) await client.call('POST', company(companyId, '/billing/payment-methods'), testCard);
  for (const module of modules) {
    const landing = await client.request('GET', company(companyId, `/modules/${module}`));
    if (landing.status === 402) {
      await client.call('POST', company(companyId, `/marketplace/${module}/purchase`));
      log(`bought ${module}`);
    }
    await waitUntil(`${module} provisioned`, async () => {
      const now = await client.request<{ provisioned?: boolean }>('GET', company(companyId, `/modules/${module}`));
      return now.status === 200 && now.body.provisioned === true;
    });
  }
}

/** Moves the company to `plan` unless it is on it already (an upgrade is charged to the card at once). */
export async function ensurePlan(session: OwnerSession, plan: PlanKey): Promise<void> {
  const { client, companyId } = session;
  const overview = await client.call<{ subscription: { plan: PlanKey } | null }>('GET', company(companyId, '/billing'));
  if (overview.subscription?.plan === plan) return;
  await client.call('POST', company(companyId, '/billing/changes'), { change: { kind: 'plan', to: plan } });
}

export async function waitUntil(what: string, ready: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting until ${what} (is the worker running?)`);
}
