import type { DemoPerson } from './team';
import type { OwnerSession } from './owner';

/**
 * CRM demo records, all through the API as the owner (and the sales rep, where one joined):
 * companies the team sells to, contacts with tags (some from a CSV import, which ticks the
 * setup step), deals spread over every stage, a timeline of notes, calls, emails and
 * meetings, and tasks, some of them done.
 */

export interface CrmDemo {
  organizations: number;
  contacts: number;
  deals: number;
  activities: number;
  tasks: number;
}

const organizations = [
  { name: 'Northwind Traders', domain: 'northwind.example', tags: ['customer'] },
  { name: 'Globex Logistics', domain: 'globex.example', tags: ['customer', 'enterprise'] },
  { name: 'Initech Software', domain: 'initech.example', tags: ['prospect'] },
  { name: 'Umbrella Health', domain: 'umbrella-health.example', tags: ['prospect', 'enterprise'] },
  { name: 'Vandelay Industries', domain: 'vandelay.example', tags: ['customer'] },
  { name: 'Hooli Analytics', domain: 'hooli.example', tags: ['partner'] },
  { name: 'Cyberdyne Robotics', domain: 'cyberdyne.example', tags: ['prospect'] },
  { name: 'Wonka Foods', domain: 'wonka.example', tags: ['customer'] },
  { name: 'Aperture Labs', domain: 'aperture.example', tags: ['prospect'] },
  { name: 'Meridian Energy', domain: 'meridian.example', tags: ['lead'] },
  { name: 'Atlas Capital', domain: 'atlas-capital.example', tags: ['lead'] },
  { name: 'Summit Media', domain: 'summit-media.example', tags: ['partner'] },
];

/** First name, last name, job title, company (an index above; -1 for none), tags. */
const people: Array<[string, string, string, number, string[]]> = [
  ['Ada', 'Lovelace', 'CTO', 0, ['decision-maker', 'vip']], ['Grace', 'Hopper', 'Head of Engineering', 0, ['technical']],
  ['Alan', 'Turing', 'Procurement Manager', 1, ['decision-maker']], ['Katherine', 'Johnson', 'Operations Lead', 1, []],
  ['Linus', 'Berg', 'IT Manager', 1, ['technical']], ['Margaret', 'Hamilton', 'CFO', 2, ['decision-maker']],
  ['Tim', 'Lee', 'Office Manager', 2, []], ['Hedy', 'Lamarr', 'Head of Sales', 3, ['champion']],
  ['Dennis', 'Ritchie', 'Buyer', 3, []], ['Barbara', 'Liskov', 'Founder', 4, ['decision-maker', 'vip']],
  ['Ken', 'Thompson', 'IT Manager', 4, ['technical']], ['Frances', 'Allen', 'Marketing Director', 5, ['champion']],
  ['John', 'Backus', 'Account Executive', 5, []], ['Radia', 'Perlman', 'CTO', 6, ['technical', 'decision-maker']],
  ['Edsger', 'Dijkstra', 'Operations Lead', 6, []], ['Annie', 'Easley', 'Procurement Manager', 7, ['decision-maker']],
  ['Sophie', 'Wilson', 'Head of Engineering', 8, ['technical']], ['Donald', 'Knuth', 'Founder', 8, ['vip']],
  ['Mary', 'Jackson', 'CFO', 9, ['decision-maker']], ['Vint', 'Cerf', 'Buyer', 10, []],
  ['Jean', 'Bartik', 'Marketing Director', 11, ['newsletter']], ['Ida', 'Rhodes', 'Freelance consultant', -1, ['newsletter']],
];

/** Imported from a CSV, as a company moving from spreadsheets would start. */
const imported: Array<[string, string, string, number, string]> = [
  ['Carl', 'Hoffmann', 'Buyer', 0, 'lead'], ['Lena', 'Fischer', 'Office Manager', 1, 'lead'], ['Mateo', 'Garcia', 'IT Manager', 2, 'newsletter'],
  ['Sara', 'Nielsen', 'Head of Sales', 3, 'lead; newsletter'], ['Omar', 'Haddad', 'CFO', 4, 'prospect'], ['Yuki', 'Tanaka', 'Operations Lead', 5, 'lead'],
  ['Elena', 'Rossi', 'Account Executive', 6, ''], ['Jonas', 'Weber', 'Procurement Manager', 7, 'prospect'], ['Priya', 'Nair', 'CTO', 8, 'lead'],
  ['Marco', 'Bianchi', 'Founder', 9, 'vip'], ['Nora', 'Lindqvist', 'Marketing Director', 10, 'newsletter'], ['Tomas', 'Novak', 'Buyer', 11, 'lead'],
];

/** Title, value in euros, stage (by position), the contact (an index of `people`), days to expected close. */
const deals: Array<[string, number, number, number, number]> = [
  ['Northwind: 40 seats, annual', 18_000, 0, 0, 60], ['Meridian: pilot for the field team', 4_500, 0, 18, 75], ['Atlas: CRM for the advisory desk', 9_600, 0, 19, 90],
  ['Initech: replace spreadsheets', 7_200, 1, 5, 45], ['Cyberdyne: EU rollout', 32_000, 1, 13, 80], ['Aperture: research team', 5_400, 1, 16, 40],
  ['Globex: logistics add-on', 14_500, 2, 2, 30], ['Umbrella: clinics pilot', 21_000, 2, 7, 35], ['Hooli: partner bundle', 6_000, 3, 11, 14],
  ['Wonka: sales team expansion', 11_800, 3, 15, 10], ['Vandelay: renewal and upgrade', 16_400, 4, 9, -12], ['Northwind: onboarding package', 3_200, 4, 1, -30],
  ['Summit: agency licences', 2_900, 5, 20, -20], ['Globex: warehouse scanners', 8_800, 5, 4, -45],
];

const activities: Array<['note' | 'call' | 'email' | 'meeting', string]> = [
  ['call', 'Intro call: they track 3,000 leads in spreadsheets and lose follow-ups. Interested in the pipeline board.'],
  ['email', 'Sent the pricing sheet and the security overview.'],
  ['meeting', 'Demo with the sales leads. Questions about CSV import and the mobile view.'],
  ['note', 'Budget approved for Q3; legal review of the contract expected next week.'],
  ['call', 'Follow-up: they want a 30-day pilot for one team first.'],
  ['email', 'Shared the onboarding plan and the import template.'],
  ['meeting', 'Quarterly review: renewal likely, asking for 10 more seats.'],
  ['note', 'Competitor quote came in 15% lower; our edge is the HR module in the same place.'],
];

const company = (session: OwnerSession, path: string) => `/api/companies/${session.companyId}/modules/crm${path}`;
const daysFromNow = (days: number, hour = 10) => {
  const at = new Date(Date.now() + days * 86_400_000);
  at.setUTCHours(hour, 0, 0, 0);
  return at;
};
const emailOf = (first: string, last: string, domain: string) => `${first}.${last}@${domain}`.toLowerCase();

export async function fillCrm(session: OwnerSession, team: { owner: DemoPerson; salesRep: DemoPerson | null }, log: (line: string) => void): Promise<CrmDemo> {
  const { client } = session;
  const rep = team.salesRep;
  const ownerOf = (index: number) => (rep && index % 3 === 1 ? rep.userId : team.owner.userId);

  for (const organization of organizations) {
    await client.call('POST', company(session, '/organizations'), { ...organization, ownerId: team.owner.userId });
  }

  const contactIds: string[] = [];
  for (const [index, [firstName, lastName, jobTitle, org, tags]] of people.entries()) {
    const organization = organizations[org];
    const contact = await client.call<{ id: string }>('POST', company(session, '/contacts'), {
      firstName, lastName, jobTitle, tags, ownerId: ownerOf(index),
      email: emailOf(firstName, lastName, organization?.domain ?? 'mail.example'),
      phone: `+49 30 ${5550100 + index * 37}`,
      organizationName: organization?.name ?? null,
    });
    contactIds.push(contact.id);
  }

  const csv = [['First name', 'Last name', 'Email', 'Job title', 'Company', 'Tags']]
    .concat(imported.map(([first, last, title, org, tags]) => [first, last, emailOf(first, last, organizations[org]!.domain), title, organizations[org]!.name, tags]))
    .map((cells) => cells.map((cell) => (/[",;]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(','))
    .join('\n');
  const importedResult = await client.call<{ imported: number }>('POST', company(session, '/imports'), { csv });

  const pipeline = await client.call<{ stages: Array<{ id: string; name: string }> }>('GET', company(session, '/pipeline'));
  const dealIds: string[] = [];
  for (const [index, [title, euros, stage, contact, closeIn]] of deals.entries()) {
    const deal = await client.call<{ id: string }>('POST', company(session, '/deals'), {
      title, valueMinor: euros * 100, stageId: pipeline.stages[Math.min(stage, pipeline.stages.length - 1)]!.id,
      contactId: contactIds[contact], expectedCloseOn: daysFromNow(closeIn).toISOString().slice(0, 10), ownerId: ownerOf(index),
    });
    dealIds.push(deal.id);
  }

  let activityCount = 0;
  for (const [index, [kind, body]] of activities.entries()) {
    // Each deal's story on the deal (and so its contact's timeline), a few on contacts alone.
    const onDeal = index % 4 !== 3;
    // The sales rep logs some of them: the timeline shows who did what.
    const author = rep && index % 3 === 1 ? rep.client : client;
    await author.call('POST', company(session, '/activities'), {
      kind, body, occurredAt: daysFromNow(-(activities.length - index) * 3, 9 + (index % 7)).toISOString(),
      ...(onDeal ? { dealId: dealIds[(index * 3) % dealIds.length] } : { contactId: contactIds[(index * 5) % contactIds.length] }),
    });
    activityCount += 1;
  }
  for (const dealId of dealIds.slice(3, 11)) {
    await client.call('POST', company(session, '/activities'), { kind: 'email', body: 'Sent the proposal and the order form.', dealId, occurredAt: daysFromNow(-2, 15).toISOString() });
    activityCount += 1;
  }

  const tasks: Array<[string, number, string | undefined, boolean]> = [
    ['Send the contract to Globex', 1, dealIds[6], false], ['Prepare the Umbrella pilot plan', 3, dealIds[7], false],
    ['Call Hedy about the clinics timeline', 2, undefined, false], ['Book the Cyberdyne workshop', 6, dealIds[4], false],
    ['Check in with Vandelay after go-live', 10, dealIds[10], false], ['Renewal quote for Northwind', 14, dealIds[0], false],
    ['Send the import template to Initech', -3, dealIds[3], true], ['Thank-you note to Wonka', -1, dealIds[9], true],
  ];
  for (const [index, [title, dueIn, dealId, done]] of tasks.entries()) {
    const assignee = rep && index % 2 === 0 ? rep : team.owner;
    const task = await client.call<{ id: string }>('POST', company(session, '/tasks'), { title, dueAt: daysFromNow(dueIn, 9).toISOString(), assigneeId: assignee.userId, ...(dealId ? { dealId } : {}) });
    if (done) await client.call('PATCH', company(session, `/tasks/${task.id}`), { done: true });
  }

  const result = { organizations: organizations.length, contacts: people.length + importedResult.imported, deals: deals.length, activities: activityCount, tasks: tasks.length };
  log(`CRM: ${result.organizations} companies, ${result.contacts} contacts (${importedResult.imported} from a CSV import), ${result.deals} deals, ${result.activities} activities, ${result.tasks} tasks`);
  return result;
}
