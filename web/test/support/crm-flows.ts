import type { Page } from 'playwright-core';
import { addCardOnBillingPage, testCards } from './billing-flows';
import { arrivedAtCompany, followOutboxLink, inviteOnTeamPage, password } from './company-flows';

/** CRM bought with the sandbox's test card 4242, through the owner's own session. */
export async function buyCrm(owner: Page, companyId: string): Promise<void> {
  const card = await addCardOnBillingPage(owner, companyId, testCards.succeeds);
  if (!card.added) throw new Error(`The card was refused: ${card.message}`);
  const bought = await owner.request.post(`/api/companies/${companyId}/marketplace/crm/purchase`, { data: {} });
  if (bought.status() !== 200) throw new Error(`Buying CRM: ${bought.status()} ${await bought.text()}`);
}

/** Opens the CRM home and waits until provisioning has written the pipeline stages. */
export async function openCrmHome(page: Page, companyId: string): Promise<void> {
  await page.goto(`/${companyId}/modules/crm`);
  await page.getByTestId('module-settings').waitFor({ timeout: 30_000 });
}

/** Invites someone with a CRM role and has them join from the local outbox, in their own browser profile. */
export async function joinWithCrmRole(
  owner: Page,
  invitee: Page,
  company: { id: string; name: string },
  person: { name: string; email: string; crm: 'manager' | 'editor' | 'viewer' },
): Promise<void> {
  const sent = await inviteOnTeamPage(owner, company.id, { email: person.email, role: 'member', modules: { crm: person.crm } });
  if (!sent.sent) throw new Error(`The invitation was refused: ${JSON.stringify(sent)}`);
  await followOutboxLink(invitee, person.email, `invited you to ${company.name}`);
  await invitee.waitForURL(/\/invite\/[\w-]+$/);
  await invitee.getByLabel('Your name').fill(person.name);
  await invitee.getByLabel('Password').fill(password);
  await invitee.getByRole('button', { name: 'Accept and join' }).click();
  const arrived = await arrivedAtCompany(invitee, 'accept invitation');
  if (arrived !== company.id) throw new Error(`Joined ${arrived}, not ${company.id}`);
}

/**
 * A contacts CSV of `count` people, with bad rows at the given lines (the header is line 1):
 * a missing first name, an address that is not one, and an email repeated from line 2.
 */
export function contactsCsv(count: number, bad: { noFirstName: number; badEmail: number; repeatedEmail: number }): string {
  const lines = ['First name,Last name,Email,Company,Tags'];
  for (let n = 1; n <= count; n += 1) {
    const line = n + 1;
    const first = line === bad.noFirstName ? '' : `Person${n}`;
    const email = line === bad.badEmail ? 'not-an-email' : line === bad.repeatedEmail ? 'person1@example.com' : `person${n}@example.com`;
    lines.push(`${first},Surname${n},${email},${n % 2 ? 'Acme' : 'Globex'},lead`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Drags with the real mouse, as a person does: pressed on `from`, moved in steps over
 * `to`, released there (Chromium turns it into HTML drag and drop events).
 */
export async function dragWithMouse(page: Page, from: ReturnType<Page['locator']>, to: ReturnType<Page['locator']>): Promise<void> {
  await from.scrollIntoViewIfNeeded();
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error('Nothing to drag, or nowhere to drop it');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 10, start.y + start.height / 2 + 10, { steps: 3 });
  await page.mouse.move(end.x + end.width / 2, end.y + Math.min(end.height / 2, 120), { steps: 12 });
  await page.mouse.up();
}
