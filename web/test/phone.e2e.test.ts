import { describe, expect, it } from 'vitest';
import { uniqueEmail } from './support/browser';
import { signUpInBrowser } from './support/company-flows';
import { openCrmHome } from './support/crm-flows';
import { dashboardSession } from './support/dashboard-session';
import { pageWidth, phone, widest } from './support/phone';

describe('the dashboard on a 390 px phone', () => {
  const session = dashboardSession();

  it('fits every company page on the screen, and opens the navigation from the menu button', async () => {
    const owner = await session.newPage();
    await owner.setViewportSize(phone);
    const companyId = await signUpInBrowser(owner, {
      name: 'Ada Lovelace',
      email: uniqueEmail('phone'),
      companyName: `Analytical Engines of Considerable Length ${Date.now().toString(36)}`,
    });

    // A module to land on: CRM in trial.
    await owner.goto(`/${companyId}/marketplace/crm`);
    await owner.getByTestId('module-actions').getByTestId('start-trial').click();
    await owner.getByTestId('marketplace-success').waitFor();

    const pages = ['', '/team', '/billing', '/marketplace', '/marketplace/crm', '/modules/crm', '/settings/profile', '/settings/branding', '/audit-log', '/notifications', '/notifications/preferences', '/help', '/help/tickets', '/help/tickets/new'];
    const tooWide: string[] = [];
    for (const path of pages) {
      const response = await owner.goto(`/${companyId}${path}`);
      expect(response?.status(), path).toBe(200);
      await owner.getByTestId('company-shell').waitFor();
      const width = await pageWidth(owner);
      if (width > phone.width) tooWide.push(`${path || '/'} is ${width} px wide: ${await widest(owner)}`);
    }
    expect(tooWide).toEqual([]);

    // The sidebar is a drawer: hidden until the menu button opens it, closed by a link.
    await owner.goto(`/${companyId}`);
    await expect(owner.getByTestId('nav-team').isVisible()).resolves.toBe(false);
    await owner.getByTestId('menu-button').click();
    await owner.getByTestId('nav-team').waitFor({ state: 'visible' });
    await expect(owner.getByTestId('nav-module-crm').isVisible()).resolves.toBe(true);
    await expect(owner.getByTestId('nav-billing').isVisible()).resolves.toBe(true);
    await owner.getByTestId('nav-team').click();
    await owner.waitForURL(`**/${companyId}/team`);
    await owner.getByTestId('nav-team').waitFor({ state: 'hidden' });
    expect(await pageWidth(owner)).toBeLessThanOrEqual(phone.width);
  }, 120_000);

  it('fits every CRM page on the screen: lists as cards, the board in one column, the import preview', async () => {
    const owner = await session.newPage();
    await owner.setViewportSize(phone);
    const companyId = await signUpInBrowser(owner, { name: 'Edith Clarke', email: uniqueEmail('phone'), companyName: `Transmission Lines ${Date.now().toString(36)}` });
    const trial = await owner.request.post(`/api/companies/${companyId}/marketplace/crm/trial`, { data: {} });
    expect(trial.status(), await trial.text()).toBeLessThan(300);
    await openCrmHome(owner, companyId);

    // One of each record, with long words, so every detail page has something to fit.
    const crmApi = `/api/companies/${companyId}/modules/crm`;
    const contact = await owner.request.post(`${crmApi}/contacts`, {
      data: { firstName: 'Bartholomew', lastName: 'Featherstonehaugh-Cholmondeley', email: 'bartholomew.featherstonehaugh@extraordinarily-long-domain.example', organizationName: 'International Business Machines Corporation', tags: ['enterprise', 'renewal'] },
    });
    const { id: contactId, organizationId } = (await contact.json()) as { id: string; organizationId: string };
    const deal = await owner.request.post(`${crmApi}/deals`, { data: { title: 'Mainframe replacement programme', valueMinor: 123_456_789, contactId, expectedCloseOn: '2030-03-31' } });
    const { id: dealId } = (await deal.json()) as { id: string };
    await owner.request.post(`${crmApi}/activities`, { data: { kind: 'call', body: 'Discussed the timeline for the replacement of every mainframe in the building.', dealId } });
    await owner.request.post(`${crmApi}/tasks`, { data: { title: 'Send the revised proposal', dueAt: '2030-01-01T09:00:00Z', assigneeId: (await (await owner.request.get('/api/me')).json()).user.id, dealId } });

    const base = `/${companyId}/modules/crm`;
    const pages = ['', '/contacts', `/contacts/${contactId}`, `/contacts/${contactId}/edit`, '/contacts/new', '/companies', `/companies/${organizationId}`, '/companies/new', '/pipeline', '/deals/new', `/deals/${dealId}`, '/tasks', '/import'];
    const tooWide: string[] = [];
    for (const path of pages) {
      const response = await owner.goto(`${base}${path}`);
      expect(response?.status(), path).toBe(200);
      await owner.getByTestId('crm-nav').waitFor();
      const width = await pageWidth(owner);
      if (width > phone.width) tooWide.push(`${path || '/'} is ${width} px wide: ${await widest(owner)}`);
    }

    // The import's second step: the mapping and the preview of a file with a bad row.
    await owner.getByTestId('import-file').setInputFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from('First name,Last name,Email,Company,Phone number,Job title\nAda,Lovelace,ada@example.com,Analytical Engines,+44 20 7946 0000,Countess\n,Nobody,not-an-email,,,\n') });
    await owner.getByTestId('import-preview-button').click();
    await owner.getByTestId('import-preview').waitFor();
    const previewWidth = await pageWidth(owner);
    if (previewWidth > phone.width) tooWide.push(`the import preview is ${previewWidth} px wide: ${await widest(owner)}`);
    expect(tooWide).toEqual([]);

    // The board is one column under another; a deal moves with its "Move to" menu.
    await owner.goto(`${base}/pipeline`);
    const columns = await owner.getByTestId('stage-column').evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().left)));
    expect(new Set(columns).size).toBe(1);
    const card = owner.getByTestId('deal-card');
    await card.getByTestId('move-deal-stage').selectOption({ index: 1 });
    await card.getByTestId('move-deal').click();
    await owner.locator('[data-testid="stage-column"]').nth(1).locator('[data-testid="deal-card"][aria-busy="false"]').waitFor();
  }, 120_000);

  it('opens the drawer without JavaScript (a checkbox behind the menu button)', async () => {
    const owner = await session.newPage();
    await owner.setViewportSize(phone);
    const companyId = await signUpInBrowser(owner, { name: 'Grace Hopper', email: uniqueEmail('phone'), companyName: `Cobol Co ${Date.now().toString(36)}` });
    const noScript = await owner.context().browser()!.newContext({ javaScriptEnabled: false, viewport: phone, baseURL: new URL(owner.url()).origin });
    try {
      await noScript.addCookies(await owner.context().cookies());
      const page = await noScript.newPage();
      await page.goto(`/${companyId}/team`);
      await expect(page.getByTestId('nav-billing').isVisible()).resolves.toBe(false);
      await page.getByTestId('menu-button').click();
      await page.getByTestId('nav-billing').waitFor({ state: 'visible' });
      expect(await pageWidth(page)).toBeLessThanOrEqual(phone.width);
    } finally {
      await noScript.close();
    }
  }, 120_000);
});
