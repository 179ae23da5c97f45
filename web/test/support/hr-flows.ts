import type { Page } from 'playwright-core';
import { addCalendarDays, isoDateOf, weekdayOf } from '@atrium/core';
import { addCardOnBillingPage, testCards } from './billing-flows';
import { arrivedAtCompany, followOutboxLink, inviteOnTeamPage, password } from './company-flows';

/** Buys HR in the marketplace with the sandbox's succeeding test card, and waits for its leave types. */
export async function buyHr(owner: Page, companyId: string): Promise<void> {
  const card = await addCardOnBillingPage(owner, companyId, testCards.succeeds);
  if (!card.added) throw new Error(`The card was refused: ${card.message}`);
  await owner.goto(`/${companyId}/marketplace/hr`);
  const actions = owner.getByTestId('module-actions');
  await actions.getByTestId('buy-module').click();
  await actions.getByTestId('confirm-purchase').click();
  await actions.getByTestId('marketplace-success').waitFor({ timeout: 30_000 });
  await waitForHrSetUp(owner, companyId);
}

/** Starts HR's free trial (no card), and waits for its leave types. */
export async function tryHr(owner: Page, companyId: string): Promise<void> {
  await owner.goto(`/${companyId}/marketplace/hr`);
  await owner.getByTestId('module-actions').getByTestId('start-trial').click();
  await owner.getByTestId('marketplace-success').waitFor({ timeout: 30_000 });
  await waitForHrSetUp(owner, companyId);
}

/** HR's home retries by itself until provisioning has written the leave types. */
async function waitForHrSetUp(page: Page, companyId: string): Promise<void> {
  await page.goto(`/${companyId}/modules/hr`);
  await page.getByTestId('module-settings').waitFor({ timeout: 30_000 });
}

/** The owner invites someone with HR viewer access (or the module roles given); they join from the local outbox in their own browser. */
export async function inviteAndJoin(owner: Page, newcomer: Page, companyId: string, companyName: string, person: { name: string; email: string }, modules: Record<string, string> = { hr: 'viewer' }): Promise<void> {
  const invited = await inviteOnTeamPage(owner, companyId, { email: person.email, role: 'member', modules });
  if (!invited.sent) throw new Error(`The invitation was not sent: ${JSON.stringify(invited)}`);
  await followOutboxLink(newcomer, person.email, `invited you to ${companyName}`);
  await newcomer.waitForURL(/\/invite\/[\w-]+$/);
  await newcomer.getByLabel('Your name').fill(person.name);
  await newcomer.getByLabel('Password').fill(password);
  await newcomer.getByRole('button', { name: 'Accept and join' }).click();
  await arrivedAtCompany(newcomer, 'accept invitation');
}

/** Adds an employee record with the directory's form; returns its id. */
export async function addEmployeeInBrowser(
  page: Page,
  companyId: string,
  employee: { name: string; jobTitle: string; team: string; workEmail: string; startDate: string; managerLabel?: string; memberLabel?: string },
): Promise<string> {
  await page.goto(`/${companyId}/modules/hr/employees`);
  await page.getByTestId('add-employee').click();
  await page.waitForURL(`**/${companyId}/modules/hr/employees/new`);
  const form = page.getByTestId('employee-form');
  await form.getByLabel('Name', { exact: true }).fill(employee.name);
  await form.getByLabel('Job title').fill(employee.jobTitle);
  await form.getByLabel('Team', { exact: true }).fill(employee.team);
  if (employee.managerLabel) await form.getByTestId('manager-select').selectOption({ label: employee.managerLabel });
  await form.getByLabel('Start date').fill(employee.startDate);
  await form.getByLabel('Work email').fill(employee.workEmail);
  if (employee.memberLabel) await form.getByTestId('member-select').selectOption({ label: employee.memberLabel });
  await form.getByRole('button', { name: 'Add employee' }).click();
  const added = page.waitForURL(/\/employees\/[0-9a-f-]{36}\?saved=added$/, { timeout: 30_000 }).then(() => null);
  const refused = form.getByTestId('form-error').waitFor({ timeout: 30_000 }).then(async () => (await form.getByTestId('form-error').textContent()) ?? 'refused');
  const problem = await Promise.race([added, refused.catch(() => null)]);
  if (problem) throw new Error(`The employee form said: ${problem}`);
  return new URL(page.url()).pathname.split('/').pop()!;
}

/**
 * The Monday at least `weeks` weeks from today (UTC), and the Friday after it; never a week
 * across New Year, whose days would count in two years' balances.
 */
export function workingWeekIn(weeks: number): { monday: string; friday: string } {
  let monday = addCalendarDays(isoDateOf(Date.now()), weeks * 7);
  while (weekdayOf(monday) !== 1 || addCalendarDays(monday, 4).slice(0, 4) !== monday.slice(0, 4)) monday = addCalendarDays(monday, 1);
  return { monday, friday: addCalendarDays(monday, 4) };
}
