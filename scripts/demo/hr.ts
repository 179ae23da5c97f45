import { addCalendarDays, isoDateOf, weekdayOf, type IsoDate } from '@atrium/core';
import type { OwnerSession } from './owner';
import type { DemoPerson } from './team';

/**
 * HR demo records through the API: an org chart of employees with managers and teams (the
 * owner and the members who joined are linked to their records), and leave requests in
 * every state — taken, approved, waiting, rejected, cancelled — each with its Temporal
 * workflow, since every request goes through `POST …/leave-requests` and its decision or
 * cancellation through the workflow's update.
 */

export interface HrDemo {
  employees: number;
  leaveRequests: Record<'approved' | 'pending' | 'rejected' | 'cancelled', number>;
}

interface EmployeePlan {
  key: string;
  name: string;
  jobTitle: string;
  team: string;
  manager: string | null;
  /** Days before today they started. */
  startedDaysAgo: number;
  /** The demo person whose record it is. */
  person?: 'owner' | 'salesRep' | 'peopleLead';
}

const employees: EmployeePlan[] = [
  { key: 'ceo', name: '', jobTitle: 'Managing Director', team: 'Leadership', manager: null, startedDaysAgo: 2_400, person: 'owner' },
  { key: 'people', name: 'Priya Shah', jobTitle: 'Head of People', team: 'People', manager: 'ceo', startedDaysAgo: 1_500, person: 'peopleLead' },
  { key: 'partner', name: 'Jonas Keller', jobTitle: 'People Partner', team: 'People', manager: 'people', startedDaysAgo: 400 },
  { key: 'sales', name: 'Lea Marchetti', jobTitle: 'Head of Sales', team: 'Sales', manager: 'ceo', startedDaysAgo: 1_900 },
  { key: 'sam', name: 'Sam Rivera', jobTitle: 'Account Executive', team: 'Sales', manager: 'sales', startedDaysAgo: 700, person: 'salesRep' },
  { key: 'noah', name: 'Noah Becker', jobTitle: 'Account Executive', team: 'Sales', manager: 'sales', startedDaysAgo: 520 },
  { key: 'zoe', name: 'Zoe Lambert', jobTitle: 'Sales Development Rep', team: 'Sales', manager: 'sales', startedDaysAgo: 260 },
  { key: 'emma', name: 'Emma Wagner', jobTitle: 'Customer Success Lead', team: 'Sales', manager: 'sales', startedDaysAgo: 980 },
  { key: 'eng', name: 'Daniel Okafor', jobTitle: 'Head of Engineering', team: 'Engineering', manager: 'ceo', startedDaysAgo: 2_100 },
  { key: 'mia', name: 'Mia Svensson', jobTitle: 'Senior Engineer', team: 'Engineering', manager: 'eng', startedDaysAgo: 1_300 },
  { key: 'arjun', name: 'Arjun Mehta', jobTitle: 'Engineer', team: 'Engineering', manager: 'eng', startedDaysAgo: 610 },
  { key: 'hiro', name: 'Hiro Sato', jobTitle: 'Engineer', team: 'Engineering', manager: 'eng', startedDaysAgo: 330 },
  { key: 'clara', name: 'Clara Dubois', jobTitle: 'Product Designer', team: 'Engineering', manager: 'eng', startedDaysAgo: 450 },
  { key: 'theo', name: 'Theo Brandt', jobTitle: 'Engineer', team: 'Engineering', manager: 'eng', startedDaysAgo: 21 },
  { key: 'finance', name: 'Omar Haddad', jobTitle: 'Finance Manager', team: 'Finance', manager: 'ceo', startedDaysAgo: 1_100 },
  { key: 'ines', name: 'Ines Costa', jobTitle: 'Accountant', team: 'Finance', manager: 'finance', startedDaysAgo: 240 },
];

const hr = (session: OwnerSession, path: string) => `/api/companies/${session.companyId}/modules/hr${path}`;
const slug = (name: string) => name.toLowerCase().replace(/[^a-z]+/g, '.');

/** The Monday `weeks` weeks from this week's (negative: before). */
function monday(weeks: number): IsoDate {
  let date = addCalendarDays(isoDateOf(Date.now()), weeks * 7);
  while (weekdayOf(date) !== 1) date = addCalendarDays(date, -1);
  return date;
}

export async function fillHr(
  session: OwnerSession,
  team: { owner: DemoPerson; salesRep: DemoPerson | null; peopleLead: DemoPerson | null },
  emailDomain: string,
  log: (line: string) => void,
): Promise<HrDemo> {
  const { client } = session;
  // Public holidays come from the company's country; they are not counted as leave.
  await client.call('PATCH', `/api/companies/${session.companyId}/profile`, { country: 'DE' });

  const ids = new Map<string, string>();
  for (const [index, plan] of employees.entries()) {
    const person = plan.person ? team[plan.person] : null;
    if (plan.person && plan.person !== 'owner' && !person) continue;
    const name = plan.person === 'owner' ? team.owner.name : plan.name;
    const created = await client.call<{ id: string }>('POST', hr(session, '/employees'), {
      name, jobTitle: plan.jobTitle, team: plan.team, managerId: plan.manager ? (ids.get(plan.manager) ?? null) : null,
      startDate: addCalendarDays(isoDateOf(Date.now()), -plan.startedDaysAgo), workEmail: person?.email ?? `${slug(name)}@${emailDomain}`,
      phone: `+49 30 ${7_000_100 + index * 53}`, emergencyContactName: `${name.split(' ')[0]}’s partner`, emergencyContactPhone: `+49 170 ${3_000_000 + index * 71}`,
      memberId: person?.membershipId ?? null,
    });
    ids.set(plan.key, created.id);
  }

  const types = await client.call<{ leaveTypes: Array<{ id: string; name: string }> }>('GET', hr(session, '/leave-types'));
  const annual = types.leaveTypes.find((type) => type.name === 'Annual leave') ?? types.leaveTypes[0]!;
  const sick = types.leaveTypes.find((type) => type.name === 'Sick leave') ?? annual;
  const counts: HrDemo['leaveRequests'] = { approved: 0, pending: 0, rejected: 0, cancelled: 0 };

  const request = async (as: DemoPerson, employee: string | null, leaveTypeId: string, startDate: IsoDate, endDate: IsoDate, note: string) =>
    as.client.call<{ id: string }>('POST', hr(session, '/leave-requests'), { leaveTypeId, startDate, endDate, note, ...(employee ? { employeeId: ids.get(employee) } : {}) });
  const decide = (id: string, decision: 'approve' | 'reject', note = '') =>
    client.call('POST', hr(session, `/leave-requests/${id}/decision`), { decision, note });

  // Taken and booked: approved by the owner, an HR manager.
  for (const [employee, type, from, days, note] of [
    ['mia', annual, monday(-4), 4, 'Family visit'],
    ['ines', sick, monday(-1), 1, ''],
    ['arjun', annual, monday(3), 4, 'Hiking in the Alps'],
    ['emma', annual, monday(6), 4, ''],
  ] as const) {
    const asked = await request(team.owner, employee, type.id, from, addCalendarDays(from, days), note);
    await decide(asked.id, 'approve');
    counts.approved += 1;
  }
  // Waiting for their manager (or HR).
  for (const [employee, from, note] of [['hiro', monday(2), 'Moving flat'], ['clara', monday(5), '']] as const) {
    await request(team.owner, employee, annual.id, from, addCalendarDays(from, 2), note);
    counts.pending += 1;
  }
  const noah = await request(team.owner, 'noah', annual.id, monday(1), addCalendarDays(monday(1), 4), 'Long weekend plus');
  await decide(noah.id, 'reject', 'Quarter close week: can you move it by a fortnight?');
  counts.rejected += 1;

  // The members ask for their own leave; one of Sam's is withdrawn again.
  if (team.salesRep) {
    await request(team.salesRep, null, annual.id, monday(4), addCalendarDays(monday(4), 4), 'Summer holiday');
    counts.pending += 1;
    const withdrawn = await request(team.salesRep, null, annual.id, monday(8), addCalendarDays(monday(8), 1), 'Conference');
    await team.salesRep.client.call('POST', hr(session, `/leave-requests/${withdrawn.id}/cancel`));
    counts.cancelled += 1;
  }
  if (team.peopleLead) {
    const priya = await request(team.peopleLead, null, annual.id, monday(2), addCalendarDays(monday(2), 1), '');
    await decide(priya.id, 'approve');
    counts.approved += 1;
  }

  const result = { employees: ids.size, leaveRequests: counts };
  log(`HR: ${result.employees} employees in 5 teams, leave requests: ${counts.approved} approved, ${counts.pending} pending, ${counts.rejected} rejected, ${counts.cancelled} cancelled`);
  return result;
}
