import { ApiClient, password, signUpCompany } from './http';

export const projectsPath = (companyId: string) => `/api/companies/${companyId}/modules/projects`;

/** A company with Projects bought (card 4242), provisioned with its project template. */
export async function companyWithProjects(label: string) {
  const owner = await signUpCompany(label);
  const { api, companyId } = owner;
  await api.request('POST', `/api/companies/${companyId}/billing/payment-methods`, { number: '4242424242424242', expMonth: 12, expYear: 2040, cvc: '123' });
  const bought = await api.request('POST', `/api/companies/${companyId}/marketplace/projects/purchase`);
  if (bought.status >= 300) throw new Error(`purchase: ${bought.status} ${JSON.stringify(bought.body)}`);
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const landing = await api.request('GET', projectsPath(companyId));
    if (landing.status === 200 && landing.body.settings.length > 0) return owner;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Projects was not provisioned');
}

/** The guest invitation link last mailed to `email`, from the local outbox. */
export async function guestTokenFor(email: string): Promise<string> {
  const outbox = await new ApiClient().request('GET', `/api/dev/outbox?to=${encodeURIComponent(email)}`);
  const message = outbox.body.messages.find((m: { subject: string }) => m.subject.includes('invited you to follow'));
  const token = message?.text.match(/\/guest-invite\/([\w-]+)/)?.[1];
  if (!token) throw new Error(`no guest invitation mail for ${email}`);
  return token;
}

/** Invites `email` as a guest of one project and has them accept with a new account; returns their client. */
export async function addGuest(owner: ApiClient, companyId: string, projectId: string, email: string) {
  const invited = await owner.request('POST', `${projectsPath(companyId)}/projects/${projectId}/guests`, { email, name: 'Client Guest' });
  if (invited.status !== 201) throw new Error(`guest invite failed: ${invited.status} ${JSON.stringify(invited.body)}`);
  const guest = new ApiClient();
  const accepted = await guest.request('POST', '/api/project-guest-invitations/accept', { token: await guestTokenFor(email), name: 'Client Guest', password });
  if (accepted.status !== 200) throw new Error(`guest accept failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  return { guest, guestId: invited.body.id as string };
}
