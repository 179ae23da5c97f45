import { describe, expect, it } from 'vitest';
import { addCalendarDays, isoDateOf, weekdayOf } from '@atrium/core';
import { addMember, signUpCompany, uniqueEmail, type ApiClient } from '../../../test/http';

const hr = (companyId: string) => `/api/companies/${companyId}/modules/hr`;

/** A company in Germany with HR bought (card 4242), provisioned with its leave types. */
async function companyWithHr(label: string) {
  const owner = await signUpCompany(label);
  const { api, companyId } = owner;
  await api.request('PATCH', `/api/companies/${companyId}/profile`, { country: 'DE' });
  await api.request('POST', `/api/companies/${companyId}/billing/payment-methods`, { number: '4242424242424242', expMonth: 12, expYear: 2040, cvc: '123' });
  const bought = await api.request('POST', `/api/companies/${companyId}/marketplace/hr/purchase`);
  if (bought.status >= 300) throw new Error(`purchase: ${bought.status} ${JSON.stringify(bought.body)}`);
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const types = await api.request('GET', `${hr(companyId)}/leave-types`);
    if (types.status === 200 && types.body.leaveTypes.length > 0) return owner;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('HR was not provisioned');
}

async function memberIdOf(api: ApiClient, companyId: string, email: string): Promise<string> {
  const members = (await api.request('GET', `/api/companies/${companyId}/members`)).body.members as Array<{ id: string; email: string }>;
  return members.find((member) => member.email === email)!.id;
}

/** Max manages Eve and Carl; each is a member with HR viewer access and an employee record. */
async function teamWithManager(label: string) {
  const owner = await companyWithHr(label);
  const { api, companyId } = owner;
  // Starter includes 3 seats; Growth holds the owner and four people.
  const upgraded = await api.request('POST', `/api/companies/${companyId}/billing/changes`, { change: { kind: 'plan', to: 'growth' } });
  if (upgraded.status >= 300) throw new Error(`upgrade: ${upgraded.status} ${JSON.stringify(upgraded.body)}`);
  const person = async (name: string, managerId: string | null, role = 'viewer') => {
    const email = uniqueEmail(name.toLowerCase());
    const client = await addMember(api, companyId, email, 'member', { hr: role });
    const created = await api.request('POST', `${hr(companyId)}/employees`, {
      name, jobTitle: `${name}'s job`, team: 'Engineering', managerId, startDate: '2024-01-08', workEmail: email, phone: '+49 30 1234', emergencyContactName: `${name}'s mum`, emergencyContactPhone: '+49 30 999',
      memberId: await memberIdOf(api, companyId, email),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return { client, email, employeeId: created.body.id as string };
  };
  const max = await person('Max', null);
  const eve = await person('Eve', max.employeeId);
  const carl = await person('Carl', max.employeeId);
  const annual = (await api.request('GET', `${hr(companyId)}/leave-types`)).body.leaveTypes.find((type: { name: string }) => type.name === 'Annual leave');
  return { ...owner, max, eve, carl, annualId: annual.id as string };
}

/** The Monday at least `weeks` weeks from today. */
function mondayIn(weeks: number) {
  let date = addCalendarDays(isoDateOf(Date.now()), weeks * 7);
  while (weekdayOf(date) !== 1) date = addCalendarDays(date, 1);
  return date;
}

describe('HR', () => {
  it('keeps employee records: colleagues see each other without private details, editors change records, the org chart is a tree', async () => {
    const { api, companyId, max, eve, carl } = await teamWithManager('hr-records');
    const seenByCarl = await carl.client.request('GET', `${hr(companyId)}/employees`);
    expect(seenByCarl.status).toBe(200);
    expect(seenByCarl.body.me).toBe(carl.employeeId);
    const eveForCarl = seenByCarl.body.employees.find((employee: { id: string }) => employee.id === eve.employeeId);
    expect(eveForCarl).toMatchObject({ name: 'Eve', managerName: 'Max', team: 'Engineering' });
    expect(eveForCarl.phone).toBeUndefined();
    expect((await max.client.request('GET', `${hr(companyId)}/employees/${eve.employeeId}`)).body.emergencyContactName).toBe("Eve's mum");
    expect((await eve.client.request('GET', `${hr(companyId)}/employees/${eve.employeeId}`)).body.phone).toBe('+49 30 1234');

    expect((await carl.client.request('PATCH', `${hr(companyId)}/employees/${eve.employeeId}`, { jobTitle: 'Boss' })).status).toBe(403);
    expect((await carl.client.request('POST', `${hr(companyId)}/employees`, { name: 'Nope', startDate: '2026-01-01', workEmail: 'nope@example.com' })).status).toBe(403);
    const editor = await addMember(api, companyId, uniqueEmail('hr-editor'), 'member', { hr: 'editor' });
    const changed = await editor.request('PATCH', `${hr(companyId)}/employees/${eve.employeeId}`, { jobTitle: 'Staff engineer' });
    expect([changed.status, changed.body.jobTitle]).toEqual([200, 'Staff engineer']);

    const loop = await api.request('PATCH', `${hr(companyId)}/employees/${max.employeeId}`, { managerId: eve.employeeId });
    expect([loop.status, loop.body.fields]).toEqual([400, { managerId: 'This person reports to them.' }]);
    const duplicate = await api.request('POST', `${hr(companyId)}/employees`, { name: 'Eve Two', startDate: '2026-01-01', workEmail: eve.email });
    expect([duplicate.status, duplicate.body.error]).toEqual([409, 'email_taken']);

    const chart = await carl.client.request('GET', `${hr(companyId)}/org-chart`);
    expect(chart.body.roots.map((root: { name: string; reports: Array<{ name: string }> }) => [root.name, root.reports.map((report) => report.name)])).toEqual([['Max', ['Carl', 'Eve']]]);
  });

  it('Eve asks for a week with a public holiday; a colleague cannot decide, Max approves once; the calendar and her balance show it; she cancels', async () => {
    const { api, companyId, max, eve, carl, annualId } = await teamWithManager('hr-leave');
    // A week that holds no German public holiday unless the test runs near one: days are counted by the API.
    const monday = mondayIn(5);
    const friday = addCalendarDays(monday, 4);
    const asked = await eve.client.request('POST', `${hr(companyId)}/leave-requests`, { leaveTypeId: annualId, startDate: monday, endDate: friday, note: 'Family trip' });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect(asked.body).toMatchObject({ status: 'pending', employeeName: 'Eve', canCancel: true, canDecide: false });
    const days = asked.body.days as number;
    expect(days).toBeGreaterThanOrEqual(3);

    const pendingBalance = (await eve.client.request('GET', `${hr(companyId)}/employees/${eve.employeeId}/balances?year=${monday.slice(0, 4)}`)).body.balances.find((b: { leaveTypeName: string }) => b.leaveTypeName === 'Annual leave');
    expect(pendingBalance).toMatchObject({ allowance: 25, pending: days, booked: 0, remaining: 25 });
    expect((await carl.client.request('GET', `${hr(companyId)}/employees/${eve.employeeId}/balances`)).status).toBe(403);

    const toDecide = await max.client.request('GET', `${hr(companyId)}/leave-requests?scope=to_decide`);
    expect(toDecide.body.leaveRequests.map((request: { id: string }) => request.id)).toEqual([asked.body.id]);
    expect((await carl.client.request('GET', `${hr(companyId)}/leave-requests?scope=to_decide`)).body.leaveRequests).toEqual([]);
    const byCarl = await carl.client.request('POST', `${hr(companyId)}/leave-requests/${asked.body.id}/decision`, { decision: 'approve' });
    expect([byCarl.status, byCarl.body.message]).toEqual([403, "Only the employee's manager or an HR manager may decide this request."]);
    expect((await eve.client.request('POST', `${hr(companyId)}/leave-requests/${asked.body.id}/decision`, { decision: 'approve' })).status).toBe(403);

    const approved = await max.client.request('POST', `${hr(companyId)}/leave-requests/${asked.body.id}/decision`, { decision: 'approve', note: 'Have fun' });
    expect([approved.status, approved.body.status, approved.body.decisionNote]).toEqual([200, 'approved', 'Have fun']);
    const again = await api.request('POST', `${hr(companyId)}/leave-requests/${asked.body.id}/decision`, { decision: 'reject' });
    expect([again.status, again.body.error]).toEqual([409, 'leave_not_changeable']);

    const calendar = await carl.client.request('GET', `${hr(companyId)}/calendar?from=${monday.slice(0, 8)}01&to=${addCalendarDays(friday, 20)}`);
    expect(calendar.body.absences).toEqual([expect.objectContaining({ employeeName: 'Eve', leaveTypeName: 'Away', startDate: monday, endDate: friday, status: 'approved' })]);
    const forMax = await max.client.request('GET', `${hr(companyId)}/calendar?from=${monday}&to=${friday}`);
    expect(forMax.body.absences[0].leaveTypeName).toBe('Annual leave');

    const booked = (await max.client.request('GET', `${hr(companyId)}/employees/${eve.employeeId}/balances?year=${monday.slice(0, 4)}`)).body.balances[0];
    expect(booked).toMatchObject({ leaveTypeName: 'Annual leave', booked: days, pending: 0, remaining: 25 - days });
    // The year is digits: '2e3' and '' were 2000 and 0 to zod's number coercion.
    for (const year of ['2e3', '', '0x7e9', `%20${monday.slice(0, 4)}`]) {
      const refused = await max.client.request('GET', `${hr(companyId)}/employees/${eve.employeeId}/balances?year=${year}`);
      expect([refused.status, refused.body.fields], year).toEqual([400, { year: 'Give the year in digits, like 2027.' }]);
    }

    const byMax = await max.client.request('POST', `${hr(companyId)}/leave-requests/${asked.body.id}/cancel`);
    expect(byMax.status).toBe(404);
    const cancelled = await eve.client.request('POST', `${hr(companyId)}/leave-requests/${asked.body.id}/cancel`);
    expect([cancelled.status, cancelled.body.status]).toEqual([200, 'cancelled']);
    expect((await carl.client.request('GET', `${hr(companyId)}/calendar?from=${monday}&to=${friday}`)).body.absences).toEqual([]);
  });

  it('counts German public holidays out of a leave and refuses more days than are left', async () => {
    const { companyId, eve, annualId } = await teamWithManager('hr-holidays');
    const year = new Date().getUTCFullYear() + 1;
    // Christmas week next year: 24 to 31 December, with 25 and 26 December holidays in Germany.
    const weekdays = [24, 25, 26, 27, 28, 29, 30, 31].filter((day) => ![0, 6].includes(weekdayOf(`${year}-12-${day}`)));
    // The preview counts the days as the request will, and names the holidays it leaves out.
    const preview = await eve.client.request('GET', `${hr(companyId)}/leave-requests/preview?leaveTypeId=${annualId}&startDate=${year}-12-24&endDate=${year}-12-31`);
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body).toMatchObject({ employeeId: eve.employeeId, days: weekdays.filter((day) => day !== 25 && day !== 26).length, problem: null });
    expect(preview.body.holidays.map((holiday: { date: string }) => holiday.date)).toEqual([`${year}-12-25`, `${year}-12-26`]);
    expect(preview.body.workingDays).not.toContain(`${year}-12-25`);
    expect(preview.body.balance).toMatchObject({ leaveTypeName: 'Annual leave', year, daysPerYear: 25, proRata: false, allowance: 25 });
    const christmas = await eve.client.request('POST', `${hr(companyId)}/leave-requests`, { leaveTypeId: annualId, startDate: `${year}-12-24`, endDate: `${year}-12-31` });
    expect(christmas.body.days).toBe(preview.body.days);
    const previewTooMuch = await eve.client.request('GET', `${hr(companyId)}/leave-requests/preview?leaveTypeId=${annualId}&startDate=${year}-02-01&endDate=${year}-04-30`);
    expect([previewTooMuch.status, previewTooMuch.body.problem?.error]).toEqual([200, 'insufficient_balance']);
    const previewBackwards = await eve.client.request('GET', `${hr(companyId)}/leave-requests/preview?leaveTypeId=${annualId}&startDate=${year}-02-10&endDate=${year}-02-01`);
    expect([previewBackwards.body.days, previewBackwards.body.problem?.error]).toEqual([0, 'invalid_dates']);
    const tooMuch = await eve.client.request('POST', `${hr(companyId)}/leave-requests`, { leaveTypeId: annualId, startDate: `${year}-02-01`, endDate: `${year}-04-30` });
    expect([tooMuch.status, tooMuch.body.error]).toEqual([409, 'insufficient_balance']);
    const weekend = await eve.client.request('POST', `${hr(companyId)}/leave-requests`, { leaveTypeId: annualId, startDate: '2031-03-01', endDate: '2031-03-02' });
    expect([weekend.status, weekend.body.error]).toEqual([400, 'no_working_days']);
  });

  it('imports employees from a CSV with their managers, reports bad rows, and refuses the record past the Starter limit', async () => {
    const { api, companyId } = await companyWithHr('hr-import');
    const rows = ['Name,Work email,Job title,Team,Manager email,Start date'];
    rows.push('Ada Boss,ada@import.example,CEO,Board,,2020-01-06');
    for (let index = 1; index <= 24; index += 1) rows.push(`Person ${index},p${index}@import.example,Engineer,Engineering,ada@import.example,2021-03-01`);
    rows.push(',nameless@import.example,,,,2021-03-01', 'Bad Date,bad@import.example,,,,01/03/2021', 'Lost,lost@import.example,,,nobody@import.example,2021-03-01');
    const imported = await api.request('POST', `${hr(companyId)}/employees/import`, { csv: rows.join('\n') });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body.imported).toBe(25);
    expect(imported.body.errors.map((error: { line: number }) => error.line)).toEqual([27, 28, 29]);
    const chart = await api.request('GET', `${hr(companyId)}/org-chart`);
    expect(chart.body.roots.map((root: { name: string; reports: unknown[] }) => [root.name, root.reports.length])).toEqual([['Ada Boss', 24]]);

    // The directory is searched, sorted and paged by the API.
    const page = await api.request('GET', `${hr(companyId)}/employees?q=person%202&sort=name&dir=desc&limit=3&offset=1`);
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    expect([page.body.total, page.body.employees.map((employee: { name: string }) => employee.name)]).toEqual([6, ['Person 23', 'Person 22', 'Person 21']]);
    const byTeam = await api.request('GET', `${hr(companyId)}/employees?q=board`);
    expect(byTeam.body.employees.map((employee: { name: string }) => employee.name)).toEqual(['Ada Boss']);
    expect((await api.request('GET', `${hr(companyId)}/employees?q=100%25`)).body.total).toBe(0);
    expect((await api.request('GET', `${hr(companyId)}/employees?sort=salary`)).status).toBe(400);

    const past = await api.request('POST', `${hr(companyId)}/employees`, { name: 'One Too Many', startDate: '2026-01-01', workEmail: 'many@import.example' });
    expect([past.status, past.body.error]).toEqual([402, 'usage_limit_reached']);
    expect(past.body.message).toContain('Starter plan includes 25 employee records');
  });

  it('previews an import with its own column names, mapped by hand, and imports it as previewed', async () => {
    const { api, companyId } = await companyWithHr('hr-import-preview');
    const csv = ['Nom,Courriel,Arrivée,Équipe,Notes', 'Marie Curie,marie@import.example,2021-09-01,Lab,Nobel', 'Pierre Curie,not-an-email,2021-09-01,Lab,'].join('\n');
    const guessed = await api.request('POST', `${hr(companyId)}/employees/import/preview`, { csv });
    expect(guessed.status).toBe(200);
    expect(guessed.body.errors).toEqual([{ line: 1, message: 'The header row needs the columns Name, Work email, Start date.' }]);
    const mapping = { Nom: 'name', Courriel: 'workEmail', 'Arrivée': 'startDate', 'Équipe': 'team', Notes: 'ignore' };
    const preview = await api.request('POST', `${hr(companyId)}/employees/import/preview`, { csv, mapping });
    expect(preview.body).toMatchObject({ columns: ['Nom', 'Courriel', 'Arrivée', 'Équipe', 'Notes'], mapping, rows: 2, valid: 1, errors: [{ line: 3, message: 'Enter a valid work email, like name@company.com.' }] });
    expect(preview.body.sample[0]).toEqual({ Nom: 'Marie Curie', Courriel: 'marie@import.example', 'Arrivée': '2021-09-01', 'Équipe': 'Lab', Notes: 'Nobel' });
    expect((await api.request('GET', `${hr(companyId)}/employees`)).body.total).toBe(0);
    const twice = await api.request('POST', `${hr(companyId)}/employees/import/preview`, { csv, mapping: { ...mapping, Notes: 'name' } });
    expect(twice.body.errors[0].message).toBe('Two columns are mapped to Name; map one of them to “Ignore”.');
    const imported = await api.request('POST', `${hr(companyId)}/employees/import`, { csv, mapping });
    expect([imported.body.imported, imported.body.errors.length]).toEqual([1, 1]);
    expect((await api.request('GET', `${hr(companyId)}/employees`)).body.employees).toEqual([expect.objectContaining({ name: 'Marie Curie', team: 'Lab' })]);

    // A joiner this year gets the allowance pro rata.
    const year = new Date().getUTCFullYear();
    const joiner = await api.request('POST', `${hr(companyId)}/employees`, { name: 'New Joiner', startDate: `${year}-07-01`, workEmail: 'joiner@import.example' });
    const balances = await api.request('GET', `${hr(companyId)}/employees/${joiner.body.id}/balances?year=${year}`);
    expect(balances.body.balances.find((b: { leaveTypeName: string }) => b.leaveTypeName === 'Annual leave')).toMatchObject({ daysPerYear: 25, proRata: true });
  });

  it('HR managers add leave types up to the plan’s limit; viewers may not', async () => {
    const { api, companyId } = await companyWithHr('hr-types');
    const viewer = await addMember(api, companyId, uniqueEmail('hr-viewer'), 'member', { hr: 'viewer' });
    expect((await viewer.request('POST', `${hr(companyId)}/leave-types`, { name: 'Study leave', daysPerYear: 5 })).status).toBe(403);
    expect((await api.request('POST', `${hr(companyId)}/leave-types`, { name: 'Study leave', daysPerYear: 5 })).status).toBe(201);
    expect((await api.request('POST', `${hr(companyId)}/leave-types`, { name: 'Volunteering', daysPerYear: 2 })).status).toBe(201);
    const seventh = await api.request('POST', `${hr(companyId)}/leave-types`, { name: 'Moving day', daysPerYear: 1 });
    expect([seventh.status, seventh.body.error]).toEqual([402, 'usage_limit_reached']);
    expect((await api.request('GET', `${hr(companyId)}/leave-types`)).body.leaveTypes.map((type: { name: string }) => type.name)).toContain('Volunteering');
  });
});
