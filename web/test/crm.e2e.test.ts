import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatMoney, moduleDefaults } from '@atrium/core';
import { uniqueEmail } from './support/browser';
import { signUpInBrowser } from './support/company-flows';
import { buyCrm, contactsCsv, dragWithMouse, joinWithCrmRole, openCrmHome } from './support/crm-flows';
import { dashboardSession } from './support/dashboard-session';

const stages = moduleDefaults.crm.pipelineStages;
const probability = (name: string) => stages.find((stage) => stage.name === name)!.probability;
const euros = (minor: number) => formatMoney({ amount: minor, currency: 'EUR' });

describe('a sales team works in CRM', () => {
  const session = dashboardSession();

  it('a sales rep imports 50 contacts (3 bad rows reported), adds a deal, drags it across two stages, moves it by keyboard, logs a call and sees the forecast follow', async () => {
    const owner = await session.newPage();
    const companyName = `Difference Engines ${Date.now().toString(36)}`;
    const companyId = await signUpInBrowser(owner, { name: 'Ada Lovelace', email: uniqueEmail('crm-owner'), companyName });
    await buyCrm(owner, companyId);
    await openCrmHome(owner, companyId);
    await owner.getByTestId('usage-meter').waitFor();

    const rep = await session.newPage();
    await joinWithCrmRole(owner, rep, { id: companyId, name: companyName }, { name: 'Sam Seller', email: uniqueEmail('crm-rep'), crm: 'editor' });

    // The import: upload, the API's preview with the three bad rows, then import.
    await rep.getByTestId('nav-module-crm').click();
    await rep.getByTestId('crm-nav-import').click();
    await rep.waitForURL(`**/${companyId}/modules/crm/import`);
    await rep.getByTestId('import-file').setInputFiles({
      name: 'contacts.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(contactsCsv(50, { noFirstName: 11, badEmail: 21, repeatedEmail: 31 })),
    });
    await rep.getByTestId('import-preview-button').click();
    await rep.getByTestId('import-preview').waitFor();
    await expect(rep.getByTestId('import-valid').textContent()).resolves.toBe('47');
    await expect(rep.getByTestId('import-error').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row')))).resolves.toEqual(['11', '21', '31']);
    await expect(rep.locator('[data-testid="import-map"][data-column="Company"]').inputValue()).resolves.toBe('organizationName');
    await rep.getByTestId('import-submit').click();
    await expect(rep.getByTestId('import-summary').textContent()).resolves.toMatch(/^\s*Imported 47 contacts\.\s+3 rows were skipped\.\s*$/);
    await expect(rep.getByTestId('import-error').count()).resolves.toBe(3);

    // The contacts list pages, searches and filters on the server.
    await rep.getByTestId('import-to-contacts').click();
    await rep.waitForURL(`**/${companyId}/modules/crm/contacts`);
    await expect(rep.getByTestId('table-range').textContent()).resolves.toBe('1–25 of 47');
    await rep.getByTestId('table-search').fill('person12@');
    await rep.getByTestId('table-search').press('Enter');
    await rep.waitForURL((url) => url.searchParams.get('q') === 'person12@');
    await expect(rep.getByTestId('contact-link').allTextContents()).resolves.toEqual(['Person12 Surname12']);

    // A deal for that contact; it starts in the first stage.
    await rep.getByTestId('contact-link').click();
    await rep.getByTestId('add-deal-for-contact').click();
    await rep.waitForURL(`**/${companyId}/modules/crm/deals/new?contactId=*`);
    await rep.getByLabel('Title').fill('Analytical engine');
    await rep.getByLabel('Value (EUR)').fill('12,000');
    await rep.getByRole('button', { name: 'Add deal' }).click();
    await rep.waitForURL(`**/${companyId}/modules/crm/pipeline?added=*`);

    const value = 1_200_000;
    const card = rep.getByTestId('deal-card').filter({ hasText: 'Analytical engine' });
    const column = (name: string) => rep.locator(`[data-testid="stage-column"][data-stage-name="${name}"]`);
    const weighted = rep.getByTestId('forecast').getByTestId('forecast-weighted');
    // In the column, and no longer on its way there: the server has answered.
    const inColumn = (name: string) => column(name).locator('[data-testid="deal-card"][aria-busy="false"]').filter({ hasText: 'Analytical engine' }).waitFor();
    const forecastIs = async (stage: string) => {
      const expected = euros(Math.round((value * probability(stage)) / 100));
      await rep.waitForFunction(
        (text) => document.querySelector('[data-testid="forecast"] [data-testid="forecast-weighted"]')?.textContent === text,
        expected,
      );
      await expect(column(stage).getByTestId('stage-total').textContent()).resolves.toBe(euros(value));
    };
    await inColumn(stages[0]!.name);
    await forecastIs(stages[0]!.name);

    // Dragged with the mouse across two stages, the forecast following each time.
    for (const target of [stages[1]!.name, stages[2]!.name]) {
      const before = await weighted.textContent();
      await dragWithMouse(rep, card.getByTestId('deal-value'), column(target));
      await inColumn(target);
      await forecastIs(target);
      expect(await weighted.textContent()).not.toBe(before);
    }

    // Without dragging: the card's "Move to" menu and its button, from the keyboard.
    const next = stages[3]!.name;
    await card.getByTestId('move-deal-stage').focus();
    await card.getByTestId('move-deal-stage').selectOption({ label: next });
    await rep.keyboard.press('Tab');
    await rep.keyboard.press('Enter');
    await inColumn(next);
    await forecastIs(next);

    // A call logged on the deal shows on its timeline, and on its contact's.
    await card.getByTestId('deal-link').click();
    await rep.waitForURL(`**/${companyId}/modules/crm/deals/*`);
    await expect(rep.getByTestId('deal-stage').textContent()).resolves.toBe(`${next} (${probability(next)}%)`);
    const activity = rep.getByTestId('activity-form');
    await activity.getByLabel('What was it?').selectOption('call');
    await activity.getByLabel('What happened').fill('Walked through the proposal with Person12.');
    await activity.getByRole('button', { name: 'Log it' }).click();
    await expect(activity.getByTestId('form-message').textContent()).resolves.toBe('Call logged.');
    const entry = rep.getByTestId('timeline-entry').first();
    await expect(entry.getAttribute('data-kind')).resolves.toBe('call');
    await expect(entry.textContent()).resolves.toContain('Walked through the proposal with Person12.');
    await expect(entry.textContent()).resolves.toContain('Sam Seller');
    await expect(activity.getByLabel('What happened').inputValue()).resolves.toBe('');

    // The owner's CRM home counts it all: 47 contacts, 1 open deal, the setup steps ticked.
    await openCrmHome(owner, companyId);
    await expect(owner.locator('[data-testid="usage-line"][data-limit="contacts"]').getByTestId('usage-figures').textContent()).resolves.toMatch(/^\s*47 of 1,000\s*$/);
    await expect(owner.locator('[data-testid="setup-step"][data-step="import_contacts"]').getAttribute('data-state')).resolves.toBe('done');
    await expect(owner.getByTestId('crm-home-forecast').getByTestId('forecast-weighted').textContent()).resolves.toBe(euros(Math.round((value * probability(next)) / 100)));

    // The "Move to" form is a plain form action: without JavaScript the deal is won all the same.
    const noScript = await rep.context().browser()!.newContext({ javaScriptEnabled: false, baseURL: new URL(rep.url()).origin });
    try {
      await noScript.addCookies(await rep.context().cookies());
      const page = await noScript.newPage();
      await page.goto(`/${companyId}/modules/crm/pipeline`);
      const plainCard = page.getByTestId('deal-card').filter({ hasText: 'Analytical engine' });
      await plainCard.getByTestId('move-deal-stage').selectOption({ label: 'Won' });
      await plainCard.getByTestId('move-deal').click();
      await page.locator('[data-testid="stage-column"][data-stage-name="Won"]').getByTestId('deal-card').filter({ hasText: 'Analytical engine' }).waitFor();
      await expect(page.getByTestId('forecast').getByTestId('forecast-won').textContent()).resolves.toBe(euros(value));
      await expect(page.getByTestId('forecast').getByTestId('forecast-weighted').textContent()).resolves.toBe(euros(0));
    } finally {
      await noScript.close();
    }
  }, 120_000);

  it('a CRM viewer reads everything and sees no edit controls; a write through the API with their session is refused with 403', async () => {
    const owner = await session.newPage();
    const companyName = `Read Only Ltd ${Date.now().toString(36)}`;
    const companyId = await signUpInBrowser(owner, { name: 'Grace Hopper', email: uniqueEmail('crm-owner'), companyName });
    const trial = await owner.request.post(`/api/companies/${companyId}/marketplace/crm/trial`, { data: {} });
    expect(trial.status(), await trial.text()).toBeLessThan(300);
    await openCrmHome(owner, companyId);

    const crmApi = `/api/companies/${companyId}/modules/crm`;
    const contact = await owner.request.post(`${crmApi}/contacts`, { data: { firstName: 'Edith', lastName: 'Clarke', email: 'edith@example.com', organizationName: 'General Electric' } });
    expect(contact.status(), await contact.text()).toBe(201);
    const { id: contactId, organizationId } = (await contact.json()) as { id: string; organizationId: string };
    const deal = await owner.request.post(`${crmApi}/deals`, { data: { title: 'Transmission lines', valueMinor: 500_000, contactId } });
    expect(deal.status(), await deal.text()).toBe(201);
    const { id: dealId } = (await deal.json()) as { id: string };
    const stageIds = ((await (await owner.request.get(`${crmApi}/pipeline`)).json()) as { stages: { id: string }[] }).stages.map((stage) => stage.id);

    const viewer = await session.newPage();
    await joinWithCrmRole(owner, viewer, { id: companyId, name: companyName }, { name: 'Vera Viewer', email: uniqueEmail('crm-viewer'), crm: 'viewer' });
    const base = `/${companyId}/modules/crm`;

    await viewer.goto(base);
    await viewer.getByTestId('module-settings').waitFor();
    await expectNone(viewer, ['complete-step', 'rename-setting', 'add-custom-field', 'crm-nav-import']);

    await viewer.goto(`${base}/contacts`);
    await expect(viewer.getByTestId('contact-link').allTextContents()).resolves.toEqual(['Edith Clarke']);
    await expect(viewer.getByTestId('export-contacts').isVisible()).resolves.toBe(true);
    await expectNone(viewer, ['add-contact', 'import-contacts']);

    await viewer.goto(`${base}/contacts/${contactId}`);
    await expect(viewer.getByTestId('contact-email').textContent()).resolves.toBe('edith@example.com');
    await expectNone(viewer, ['edit-contact', 'add-deal-for-contact', 'add-task-for-contact', 'remove-contact', 'activity-form']);

    await viewer.goto(`${base}/companies/${organizationId}`);
    await expect(viewer.getByTestId('organization-contacts-count').textContent()).resolves.toBe('1');
    await expectNone(viewer, ['add-contact-here']);

    await viewer.goto(`${base}/pipeline`);
    const card = viewer.getByTestId('deal-card').filter({ hasText: 'Transmission lines' });
    await card.waitFor();
    await expect(card.getAttribute('draggable')).resolves.toBeNull();
    await expectNone(viewer, ['add-deal', 'move-deal-form']);

    await viewer.goto(`${base}/deals/${dealId}`);
    await viewer.getByTestId('deal-details').waitFor();
    await expectNone(viewer, ['move-deal-form', 'deal-edit', 'activity-form', 'add-task-for-deal']);

    await viewer.goto(`${base}/tasks`);
    await viewer.getByTestId('tasks').waitFor();
    await expectNone(viewer, ['task-create', 'complete-task']);

    // The pages that only change things are a 403 inside the shell.
    for (const path of ['/import', '/contacts/new', `/contacts/${contactId}/edit`, '/deals/new', '/companies/new']) {
      const response = await viewer.goto(`${base}${path}`);
      expect(response?.status(), path).toBe(403);
      await expect(viewer.getByTestId('error-page').textContent()).resolves.toContain('Error 403');
      await expect(viewer.getByTestId('company-shell').isVisible()).resolves.toBe(true);
    }

    // And the API itself refuses their writes, whatever the page shows.
    const writes = await Promise.all([
      viewer.request.post(`${crmApi}/contacts`, { data: { firstName: 'Not', lastName: 'Allowed' } }),
      viewer.request.post(`${crmApi}/deals/${dealId}/move`, { data: { stageId: stageIds[1] } }),
      viewer.request.post(`${crmApi}/activities`, { data: { kind: 'note', body: 'Not allowed', dealId } }),
    ]);
    expect(writes.map((write) => write.status())).toEqual([403, 403, 403]);
    const contacts = (await (await viewer.request.get(`${crmApi}/contacts`)).json()) as { total: number };
    expect(contacts.total).toBe(1);
  }, 120_000);
});

async function expectNone(page: Page, testids: string[]): Promise<void> {
  const counts = await Promise.all(testids.map(async (testid) => [testid, await page.getByTestId(testid).count()] as const));
  expect(Object.fromEntries(counts.filter(([, count]) => count > 0))).toEqual({});
}
