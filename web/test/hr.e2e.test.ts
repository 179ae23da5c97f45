import { describe, expect, it } from 'vitest';
import { formatDay } from '../src/lib/dates';
import { uniqueEmail } from './support/browser';
import { signUpInBrowser } from './support/company-flows';
import { dashboardSession } from './support/dashboard-session';
import { addEmployeeInBrowser, buyHr, inviteAndJoin, workingWeekIn } from './support/hr-flows';

describe('HR: an employee asks for leave and their manager approves it', () => {
  const session = dashboardSession();

  it('Eve requests a week off, Max approves it in his own browser, and her balance and the team calendar show it', async () => {
    const owner = await session.newPage();
    const companyName = `Planck Institute ${Date.now().toString(36)}`;
    const companyId = await signUpInBrowser(owner, { name: 'Lise Meitner', email: uniqueEmail('hr-owner'), companyName });
    await buyHr(owner, companyId);

    // Max and Eve join with HR viewer access; the owner keeps their records, Eve reporting to Max.
    const max = { name: 'Max Planck', email: uniqueEmail('hr-max') };
    const eve = { name: 'Eve Curie', email: uniqueEmail('hr-eve') };
    const maxPage = await session.newPage();
    const evePage = await session.newPage();
    await inviteAndJoin(owner, maxPage, companyId, companyName, max);
    await inviteAndJoin(owner, evePage, companyId, companyName, eve);
    await addEmployeeInBrowser(owner, companyId, {
      name: max.name, jobTitle: 'Head of Physics', team: 'Physics', workEmail: max.email, startDate: '2024-01-08', memberLabel: `${max.name} · ${max.email}`,
    });
    const eveId = await addEmployeeInBrowser(owner, companyId, {
      name: eve.name, jobTitle: 'Physicist', team: 'Physics', workEmail: eve.email, startDate: '2024-01-08',
      managerLabel: `${max.name} (Head of Physics)`, memberLabel: `${eve.name} · ${eve.email}`,
    });
    await expect(owner.getByTestId('employee-manager').textContent()).resolves.toBe(max.name);

    // Eve asks for a working week: the preview counts its days as the API will book them.
    const { monday, friday } = workingWeekIn(5);
    const year = monday.slice(0, 4);
    await evePage.goto(`/${companyId}/modules/hr/leave?year=${year}`);
    const annual = evePage.locator('[data-testid="leave-balance"][data-type="Annual leave"]');
    await expect(annual.getByTestId('balance-allowance').textContent()).resolves.toContain('25 days');
    const remainingBefore = Number(await annual.getByTestId('balance-remaining').textContent());
    await evePage.getByTestId('request-leave').click();
    await evePage.waitForURL(`**/${companyId}/modules/hr/leave/request`);
    // The live preview follows the form once the page has hydrated (its scripts loaded).
    await evePage.waitForLoadState('networkidle');
    const form = evePage.getByTestId('leave-request-form');
    await form.getByTestId('leave-type-select').selectOption({ label: 'Annual leave (25 days a year)' });
    await form.getByLabel('First day').fill(monday);
    await form.getByLabel('Last day').fill(friday);
    const days = evePage.getByTestId('leave-preview').getByTestId('preview-days');
    await days.waitFor();
    const previewed = (await days.textContent())!;
    expect(previewed).toMatch(/^[1-5] working days?$/);
    const dayCount = Number(previewed.split(' ')[0]);
    await form.getByLabel('Note for your manager (optional)').fill('Conference in Brussels');
    await form.getByRole('button', { name: 'Send request' }).click();
    await evePage.waitForURL(`**/${companyId}/modules/hr/leave?requested=*`);
    const request = evePage.getByTestId('leave-request').first();
    await expect(request.getByTestId('request-status').textContent()).resolves.toBe('Waiting for approval');
    await expect(request.getByTestId('request-days').textContent()).resolves.toBe(previewed);

    // Max, in his own browser, finds it in Approvals and approves it with a note, confirmed in the modal.
    await maxPage.goto(`/${companyId}/modules/hr`);
    await expect(maxPage.getByTestId('approvals-count').textContent()).resolves.toContain('1');
    await maxPage.getByTestId('hr-tab-approvals').click();
    await maxPage.waitForURL(`**/${companyId}/modules/hr/approvals`);
    await maxPage.waitForLoadState('networkidle');
    const waiting = maxPage.getByTestId('leave-request').filter({ hasText: eve.name });
    await expect(waiting.textContent()).resolves.toContain('Conference in Brussels');
    await waiting.getByTestId('decision-note-input').fill('Enjoy the conference');
    await waiting.getByTestId('approve-leave').click();
    const modal = maxPage.getByTestId('confirm-modal');
    await expect(modal.textContent()).resolves.toContain(`Approve ${eve.name}’s ${previewed.replace(' working', '')} from ${formatDay(monday)} to ${formatDay(friday)}?`);
    await modal.getByTestId('confirm-accept').click();
    await expect(maxPage.getByTestId('decision-success').textContent()).resolves.toContain(`Approved: ${eve.name}’s`);
    await maxPage.getByTestId('no-approvals').waitFor();

    // Eve's balance counts the days as booked, and her request is approved with Max's note.
    await evePage.goto(`/${companyId}/modules/hr/leave?year=${year}`);
    await expect(request.getByTestId('request-status').textContent()).resolves.toBe('Approved');
    await expect(request.getByTestId('decision-note').textContent()).resolves.toContain('Enjoy the conference');
    await expect(annual.getByTestId('balance-booked').textContent()).resolves.toBe(String(dayCount));
    await expect(annual.getByTestId('balance-pending').textContent()).resolves.toBe('0');
    await expect(annual.getByTestId('balance-remaining').textContent()).resolves.toBe(String(remainingBefore - dayCount));

    // The team calendar of that month shows her away on the Monday: to Max, her manager, with its type.
    await maxPage.goto(`/${companyId}/modules/hr/calendar?month=${monday.slice(0, 7)}`);
    const mondayCell = maxPage.locator(`[data-testid="calendar-day"][data-date="${monday}"]`);
    const absence = mondayCell.getByTestId('calendar-absence').filter({ hasText: eve.name });
    await expect(absence.getAttribute('data-status')).resolves.toBe('approved');
    await expect(absence.getByTestId('absence-type').textContent()).resolves.toBe('Annual leave');
    const saturday = maxPage.locator(`[data-testid="calendar-day"][data-date="${addDays(friday, 1)}"]`);
    await expect(saturday.getByTestId('calendar-absence').count()).resolves.toBe(0);

    // Her record, seen by Max, carries the same balance; the org chart puts her under him.
    await maxPage.goto(`/${companyId}/modules/hr/employees/${eveId}?year=${year}`);
    await expect(maxPage.getByTestId('employee-balances').locator('[data-type="Annual leave"]').getByTestId('balance-booked').textContent()).resolves.toBe(String(dayCount));
    await maxPage.goto(`/${companyId}/modules/hr/org-chart`);
    await expect(maxPage.locator(`[data-testid="org-node"][data-name="${max.name}"] [data-testid="org-node"]`).getAttribute('data-name')).resolves.toBe(eve.name);
  }, 90_000);
});

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
