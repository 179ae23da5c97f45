import type { Page } from 'playwright-core';
import { addCardOnBillingPage, testCards } from './billing-flows';

/** Projects bought with the sandbox's test card 4242, through the owner's own session, and provisioned. */
export async function buyProjects(owner: Page, companyId: string): Promise<void> {
  const card = await addCardOnBillingPage(owner, companyId, testCards.succeeds);
  if (!card.added) throw new Error(`The card was refused: ${card.message}`);
  const bought = await owner.request.post(`/api/companies/${companyId}/marketplace/projects/purchase`, { data: {} });
  if (bought.status() !== 200) throw new Error(`Buying Projects: ${bought.status()} ${await bought.text()}`);
  await projectsProvisioned(owner, companyId);
}

/** Waits until provisioning has written the project template (the template's tasks come from it). */
export async function projectsProvisioned(page: Page, companyId: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const landing = await page.request.get(`/api/companies/${companyId}/modules/projects`);
    if (landing.ok() && ((await landing.json()) as { settings: unknown[] }).settings.length > 0) return;
    await page.waitForTimeout(150);
  }
  throw new Error('Projects was not provisioned');
}

/** A column of the board, by status. */
export const boardColumn = (page: Page, status: string) => page.locator(`[data-testid="task-column"][data-status="${status}"]`);

/** Waits until `title` sits in the column and is no longer on its way there (the server answered). */
export const taskInColumn = (page: Page, status: string, title: string) =>
  boardColumn(page, status).locator('[data-testid="task-card"][aria-busy="false"]').filter({ hasText: title }).waitFor();
