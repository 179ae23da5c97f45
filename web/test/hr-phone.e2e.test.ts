import { describe, expect, it } from 'vitest';
import { uniqueEmail } from './support/browser';
import { signUpInBrowser } from './support/company-flows';
import { dashboardSession } from './support/dashboard-session';
import { addEmployeeInBrowser, tryHr, workingWeekIn } from './support/hr-flows';
import { pageWidth, phone, widest } from './support/phone';

describe('HR on a 390 px phone', () => {
  const session = dashboardSession();

  it('fits every HR page on the screen, with records, a request and the calendar filled in', async () => {
    const owner = await session.newPage();
    await owner.setViewportSize(phone);
    const email = uniqueEmail('hr-phone');
    const name = 'Chandrasekhara Venkata Raman';
    const companyId = await signUpInBrowser(owner, { name, email, companyName: `Raman Scattering Laboratories ${Date.now().toString(36)}` });
    await tryHr(owner, companyId);

    // The owner's own record (long names and emails are what widen a phone's page), and a report.
    const ownId = await addEmployeeInBrowser(owner, companyId, {
      name, jobTitle: 'Director of Spectroscopy and Light Scattering', team: 'Optics and Spectroscopy', workEmail: email, startDate: '2024-01-08', memberLabel: `${name} · ${email}`,
    });
    await addEmployeeInBrowser(owner, companyId, {
      name: 'Kariamanikkam Srinivasa Krishnan', jobTitle: 'Research fellow', team: 'Optics and Spectroscopy', workEmail: uniqueEmail('hr-phone-report'),
      startDate: '2025-06-02', managerLabel: `${name} (Director of Spectroscopy and Light Scattering)`,
    });
    // A request of the owner's own, so My leave, Approvals (HR managers decide any) and the calendar have one.
    const { monday, friday } = workingWeekIn(3);
    // Straight from a link with the choice in it (hr.e2e.test.ts picks them in the form).
    await owner.goto(`/${companyId}/modules/hr/leave/request`);
    const annualId = await owner.getByTestId('leave-type-select').locator('option', { hasText: 'Annual leave' }).getAttribute('value');
    await owner.goto(`/${companyId}/modules/hr/leave/request?leaveTypeId=${annualId}&startDate=${monday}&endDate=${friday}`);
    await owner.getByTestId('leave-preview').getByTestId('preview-days').waitFor();
    await owner.getByRole('button', { name: 'Send request' }).click();
    await owner.waitForURL(`**/modules/hr/leave?requested=*`);

    const hr = `/${companyId}/modules/hr`;
    const pages = [
      '', '/employees', '/employees/new', `/employees/${ownId}`, `/employees/${ownId}/edit`, '/employees/import', '/org-chart',
      `/leave?year=${monday.slice(0, 4)}`, `/leave/request?startDate=${monday}&endDate=${friday}`, '/approvals', `/calendar?month=${monday.slice(0, 7)}`,
    ];
    const tooWide: string[] = [];
    for (const path of pages) {
      const response = await owner.goto(`${hr}${path}`);
      expect(response?.status(), path).toBe(200);
      await owner.getByTestId('hr-nav').waitFor();
      const width = await pageWidth(owner);
      if (width > phone.width) tooWide.push(`${path || '/'} is ${width} px wide: ${await widest(owner)}`);
    }
    expect(tooWide).toEqual([]);

    // The CSV import at its widest: the preview with the file's rows, a bad line, then the import.
    await owner.goto(`${hr}/employees/import`);
    await owner.waitForLoadState('networkidle');
    const csv = [
      'Full name,Email,Department,Start date,Reports to,Favourite spectral line',
      `Homi Jehangir Bhabha,${uniqueEmail('hr-phone-import')},Cosmic rays and nuclear physics,2025-02-03,${email},Hydrogen alpha at 656.28 nanometres`,
      'Nobody,not-an-email,Optics,2025-02-03,,',
    ].join('\n');
    await owner.getByTestId('import-csv').fill(csv);
    await owner.getByTestId('preview-import').click();
    await expect(owner.getByTestId('import-summary').textContent()).resolves.toMatch(/1\s+of 2 rows can be added; 1 will be left out/);
    await expect(owner.locator('[data-testid="import-map"][data-column="Favourite spectral line"]').inputValue()).resolves.toBe('ignore');
    await expect(owner.locator('[data-testid="import-map"][data-column="Reports to"]').inputValue()).resolves.toBe('managerEmail');
    const previewWidth = await pageWidth(owner);
    expect(previewWidth, await widest(owner)).toBeLessThanOrEqual(phone.width);
    await owner.getByTestId('confirm-import').click();
    await expect(owner.getByTestId('import-imported').textContent()).resolves.toBe('1 employee was added.');
    await expect(owner.getByTestId('import-errors').textContent()).resolves.toContain('Line 3');
    await owner.getByTestId('to-directory').click();
    await owner.getByTestId('table-search').fill('Bhabha');
    await owner.getByTestId('table-search').press('Enter');
    await owner.waitForURL(/q=Bhabha/);
    await expect(owner.getByTestId('employee-link').allTextContents()).resolves.toEqual(['Homi Jehangir Bhabha']);
    expect(await pageWidth(owner)).toBeLessThanOrEqual(phone.width);

    // On a phone the calendar is a list of the days someone is away.
    await owner.goto(`${hr}/calendar?month=${monday.slice(0, 7)}`);
    await expect(owner.locator(`[data-testid="calendar-day"][data-date="${monday}"]`).isVisible()).resolves.toBe(true);
    await expect(owner.locator(`[data-testid="calendar-day"][data-date="${monday}"] [data-testid="absence-type"]`).textContent()).resolves.toContain('Annual leave');
  }, 90_000);
});
