import type { CompanyRole, ModuleKey, ModuleRole } from '@atrium/core';
import { AtriumClient } from '../lib/api-client';
import { waitUntil, type OwnerSession } from './owner';

/** Someone of the demo company, signed in, with the ids the module routes ask for. */
export interface DemoPerson {
  name: string;
  email: string;
  client: AtriumClient;
  /** The account id: `ownerId` of CRM records, `assigneeId` of tasks. */
  userId: string;
  /** The membership id: what an HR employee record links to. */
  membershipId: string;
}

export interface MemberPlan {
  name: string;
  email: string;
  role: Exclude<CompanyRole, 'owner'>;
  moduleRoles: Partial<Record<ModuleKey, ModuleRole>>;
}

interface MemberRow {
  id: string;
  userId: string;
  name: string;
  email: string;
}

export const membersOf = async (session: OwnerSession) =>
  (await session.client.call<{ members: MemberRow[] }>('GET', `/api/companies/${session.companyId}/members`)).members;

/** The owner as a `DemoPerson`. */
export async function ownerPerson(session: OwnerSession): Promise<DemoPerson> {
  const me = (await membersOf(session)).find((member) => member.userId === session.userId)!;
  return { name: me.name, email: me.email, client: session.client, userId: me.userId, membershipId: me.id };
}

/**
 * The member, invited as the dashboard does it and joined through the link of the
 * invitation mail, read from the local outbox (`npm start` keeps mail there). Null when
 * there is no outbox (SMTP configured, or the API listens beyond loopback): the demo then
 * goes on with the owner alone. A member who joined on an earlier run is signed in again.
 */
export async function joinedMember(session: OwnerSession, plan: MemberPlan, password: string): Promise<DemoPerson | null> {
  const client = new AtriumClient(session.client.baseUrl);
  const existing = (await membersOf(session)).find((member) => member.email === plan.email);
  if (existing) {
    await client.signIn(plan.email, password);
    return { name: existing.name, email: existing.email, client, userId: existing.userId, membershipId: existing.id };
  }
  const outbox = await session.client.request('GET', `/api/dev/outbox?to=${encodeURIComponent(plan.email)}`);
  if (outbox.status !== 200) return null;
  await session.client.call('POST', `/api/companies/${session.companyId}/invitations`, { email: plan.email, role: plan.role, moduleRoles: plan.moduleRoles });
  let token: string | undefined;
  await waitUntil(`the invitation mail to ${plan.email}`, async () => {
    const mail = await session.client.call<{ messages: Array<{ subject: string; text: string }> }>('GET', `/api/dev/outbox?to=${encodeURIComponent(plan.email)}`);
    token = mail.messages.find((message) => message.subject.includes('invited you'))?.text.match(/\/invite\/([\w-]+)/)?.[1];
    return token !== undefined;
  });
  await client.call('POST', '/api/invitations/accept', { token, name: plan.name, password });
  const joined = (await membersOf(session)).find((member) => member.email === plan.email)!;
  return { name: plan.name, email: plan.email, client, userId: joined.userId, membershipId: joined.id };
}
