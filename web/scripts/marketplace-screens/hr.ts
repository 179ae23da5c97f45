import { avatar, badge, button, icons, tabs, type Tone } from './ui';
import { screen, type ModuleScreens } from './shell';

const sections = [{ label: 'People', count: 38 }, { label: 'Leave calendar' }, { label: 'Requests', count: 3 }, { label: 'Documents' }, { label: 'Onboarding' }];

type LeaveKind = 'annual' | 'sick' | 'parental' | 'unpaid' | 'pending';

const leaveColors: Record<LeaveKind, string> = {
  annual: '#4f46e5',
  sick: '#d97706',
  parental: '#0e7490',
  unpaid: '#8a91a5',
  pending: '#4f46e5',
};

/** December 2026 starts on a Tuesday; the 25th and 26th are public holidays. Today is 24 November. */
const days = 31;
const firstWeekday = 2;
const holidays = [25, 26];
const isWeekend = (day: number) => [0, 6].includes((firstWeekday + day - 1) % 7);
const weekdayLetter = (day: number) => 'SMTWTFS'[(firstWeekday + day - 1) % 7];

const calendar: { name: string; team: string; leave: [from: number, to: number, kind: LeaveKind][] }[] = [
  { name: 'Maya Fischer', team: 'Management', leave: [[28, 31, 'annual']] },
  { name: 'Elena Petrova', team: 'Engineering', leave: [[21, 24, 'annual']] },
  { name: 'Tobias Schmidt', team: 'Engineering', leave: [[2, 3, 'annual'], [28, 31, 'pending']] },
  { name: 'Mei Chen', team: 'Engineering', leave: [[14, 18, 'annual']] },
  { name: 'Rafael Costa', team: 'Design', leave: [[1, 31, 'parental']] },
  { name: 'Jonas Weber', team: 'Sales', leave: [[21, 23, 'annual'], [27, 31, 'annual']] },
  { name: 'Aisha Khan', team: 'Sales', leave: [[7, 8, 'annual'], [28, 30, 'pending']] },
  { name: 'Luca Romano', team: 'Sales', leave: [[10, 11, 'unpaid']] },
  { name: 'Sara Lindberg', team: 'Support', leave: [[17, 24, 'annual']] },
  { name: 'Noah Becker', team: 'Support', leave: [[9, 9, 'annual'], [29, 31, 'annual']] },
  { name: 'Fatima El-Amin', team: 'Finance', leave: [[21, 24, 'pending']] },
];

function leaveBar([from, to, kind]: [number, number, LeaveKind]): string {
  const style = `grid-column:${from + 1} / ${to + 2};--leave:${leaveColors[kind]}`;
  const length = to - from + 1;
  const label = { annual: 'Annual', sick: 'Sick', parental: 'Parental leave', unpaid: 'Unpaid', pending: 'Pending' }[kind];
  return `<span class="leave leave-${kind}" style="${style}">${length >= 3 ? label : ''}</span>`;
}

function leaveCalendar(): string {
  const dayCells = (row: number) =>
    Array.from({ length: days }, (_, index) => {
      const day = index + 1;
      const kind = holidays.includes(day) ? ' holiday' : isWeekend(day) ? ' weekend' : '';
      return `<span class="cell${kind}" style="grid-column:${day + 1};grid-row:${row}"></span>`;
    }).join('');
  const header = Array.from({ length: days }, (_, index) => {
    const day = index + 1;
    return `<span class="day${isWeekend(day) || holidays.includes(day) ? ' off' : ''}" style="grid-column:${day + 1}"><small>${weekdayLetter(day)}</small>${day}</span>`;
  }).join('');
  const rows = calendar
    .map(
      (person, index) => `<div class="row">${dayCells(1)}<span class="who-cell">${avatar(person.name, 24)}<span><b>${person.name}</b><small>${person.team}</small></span></span>${person.leave.map(leaveBar).join('')}</div>`,
    )
    .join('');

  const requests: { name: string; kind: string; dates: string; days: number; balance: string }[] = [
    { name: 'Fatima El-Amin', kind: 'Annual leave', dates: '21–24 Dec', days: 4, balance: '9 days left after' },
    { name: 'Aisha Khan', kind: 'Annual leave', dates: '28–30 Dec', days: 3, balance: '4 days left after' },
    { name: 'Tobias Schmidt', kind: 'Annual leave', dates: '28–31 Dec', days: 4, balance: '11 days left after' },
  ];
  const requestRows = requests
    .map(
      (request) => `<div class="request">${avatar(request.name, 32)}<div class="request-text"><b>${request.name}</b><span class="muted">${request.kind} · ${request.dates} · ${request.days} days</span><small class="subtle">${request.balance}</small></div><span class="button button-small">Decline</span><span class="button button-small button-primary">Approve</span></div>`,
    )
    .join('');

  const away = (
    [
      ['Annual leave', 'annual'],
      ['Parental leave', 'parental'],
      ['Unpaid leave', 'unpaid'],
      ['Awaiting approval', 'pending'],
    ] as const
  ).map(([label, kind]) => [label, kind, calendar.filter((person) => person.leave.some((leave) => leave[2] === kind)).length] as const);

  return screen({
    module: 'hr',
    sections,
    currentSection: 'Leave calendar',
    title: 'Leave calendar',
    subtitle: 'Who is away in December 2026',
    actions: `<span class="chip">‹</span><span class="chip">December 2026</span><span class="chip">›</span><span class="chip">${icons.filter}All teams</span>${button(`${icons.plus}Request leave`, 'primary')}`,
    body: `<div class="card calendar">
        <div class="grid-head"><span class="who-cell head">Employee</span>${header}</div>
        ${rows}
      </div>
      <div class="lower">
        <div class="card"><div class="card-title">Waiting for your approval <small>3 requests</small></div>${requestRows}</div>
        <div class="card"><div class="card-title">In December <small>people away</small></div>
          <div class="legend">${away
            .map(([label, kind, count]) => `<div class="legend-row"><span class="swatch leave-${kind}" style="--leave:${leaveColors[kind]}"></span>${label}<b>${count} ${count === 1 ? 'person' : 'people'}</b></div>`)
            .join('')}
            <div class="legend-row"><span class="swatch holiday-swatch"></span>Public holidays<b>25, 26 Dec</b></div>
          </div>
        </div>
      </div>`,
    css: `
      .calendar { padding: 4px 0 6px; overflow: hidden; }
      .grid-head, .row { display: grid; grid-template-columns: 168px repeat(${days}, 1fr); align-items: center; }
      .grid-head { border-bottom: 1px solid var(--color-border); padding: 4px 0; }
      .day { text-align: center; font-size: 11.5px; font-weight: 600; line-height: 1.15; }
      .day small { display: block; font-size: 9.5px; color: var(--color-subtle); font-weight: 600; }
      .day.off { color: var(--color-subtle); }
      .row { height: 29px; position: relative; border-bottom: 1px solid #f0f1f6; grid-template-rows: 29px; }
      .row:last-child { border-bottom: none; }
      .who-cell { grid-column: 1; grid-row: 1; display: flex; align-items: center; gap: 8px; padding-left: 14px; line-height: 1.1; }
      .who-cell b { font-weight: 600; font-size: 12px; display: block; }
      .who-cell small { color: var(--color-subtle); font-size: 10.5px; }
      .who-cell.head { font-size: 11px; font-weight: 700; color: var(--color-subtle); text-transform: uppercase; letter-spacing: 0.04em; }
      .cell { grid-row: 1; height: 29px; border-left: 1px solid #f3f4f8; }
      .cell.weekend { background: #f6f7fa; }
      .cell.holiday { background: repeating-linear-gradient(135deg, #fdf1e3 0 4px, #fbe6cf 4px 8px); }
      .leave { grid-row: 1; height: 19px; margin: 0 2px; border-radius: 5px; background: var(--leave); color: #fff; font-size: 10.5px; font-weight: 600; padding: 2px 6px; line-height: 15px; overflow: hidden; white-space: nowrap; z-index: 1; }
      .leave-pending { background: #fff; color: var(--color-primary); border: 1.5px dashed var(--color-primary); line-height: 12px; }
      .lower { display: grid; grid-template-columns: 1.5fr 1fr; gap: 12px; }
      .request { display: flex; align-items: center; gap: 10px; padding: 9px 16px; border-bottom: 1px solid #f0f1f6; }
      .request:last-child { border-bottom: none; }
      .request-text { flex: 1; display: grid; line-height: 1.3; }
      .legend { padding: 8px 16px; display: grid; gap: 7px; }
      .legend-row { display: flex; align-items: center; gap: 10px; }
      .legend-row b { margin-left: auto; font-weight: 600; }
      .swatch { width: 22px; height: 12px; border-radius: 4px; background: var(--leave); }
      .swatch.leave-pending { background: #fff; border: 1.5px dashed var(--color-primary); }
      .holiday-swatch { background: repeating-linear-gradient(135deg, #fdf1e3 0 4px, #fbe6cf 4px 8px); border: 1px solid #f3d9b8; }
    `,
  });
}

const people: { name: string; title: string; team: string; manager: string; location: string; started: string; status: [string, Tone] }[] = [
  { name: 'Maya Fischer', title: 'Chief Executive Officer', team: 'Management', manager: '—', location: 'Berlin', started: 'Mar 2019', status: ['Working', 'success'] },
  { name: 'Elena Petrova', title: 'Head of Engineering', team: 'Engineering', manager: 'Maya Fischer', location: 'Berlin', started: 'Jun 2019', status: ['Working', 'success'] },
  { name: 'Tobias Schmidt', title: 'Senior Backend Engineer', team: 'Engineering', manager: 'Elena Petrova', location: 'Hamburg', started: 'Feb 2021', status: ['Working', 'success'] },
  { name: 'Mei Chen', title: 'Frontend Engineer', team: 'Engineering', manager: 'Elena Petrova', location: 'Berlin', started: 'Sep 2022', status: ['Working', 'success'] },
  { name: 'Rafael Costa', title: 'Product Designer', team: 'Design', manager: 'Elena Petrova', location: 'Lisbon', started: 'Jan 2021', status: ['Parental leave', 'accent'] },
  { name: 'Jonas Weber', title: 'Account Executive', team: 'Sales', manager: 'Maya Fischer', location: 'Munich', started: 'Apr 2020', status: ['Working', 'success'] },
  { name: 'Aisha Khan', title: 'Account Executive', team: 'Sales', manager: 'Jonas Weber', location: 'London', started: 'Nov 2022', status: ['Working', 'success'] },
  { name: 'Luca Romano', title: 'Sales Development Rep', team: 'Sales', manager: 'Jonas Weber', location: 'Milan', started: 'Jul 2024', status: ['Working', 'success'] },
  { name: 'Sara Lindberg', title: 'Support Lead', team: 'Support', manager: 'Maya Fischer', location: 'Stockholm', started: 'Aug 2020', status: ['Working', 'success'] },
  { name: 'Noah Becker', title: 'Support Specialist', team: 'Support', manager: 'Sara Lindberg', location: 'Berlin', started: 'Oct 2023', status: ['Sick today', 'warning'] },
  { name: 'Fatima El-Amin', title: 'Finance Manager', team: 'Finance', manager: 'Maya Fischer', location: 'Berlin', started: 'May 2021', status: ['Working', 'success'] },
  { name: 'Hugo Laurent', title: 'Customer Success Manager', team: 'Support', manager: 'Sara Lindberg', location: 'Paris', started: '1 Dec 2026', status: ['Starts in 7 days', 'primary'] },
];

function directory(): string {
  const rows = people
    .map(
      (person) => `<tr>
        <td><div class="person">${avatar(person.name, 30)}<div><b>${person.name}</b><small>${person.name.toLowerCase().replace(/[^a-z ]/g, '').split(' ')[0]}@kestrel-labs.eu</small></div></div></td>
        <td>${person.title}</td>
        <td>${badge(person.team, 'neutral')}</td>
        <td>${person.manager === '—' ? '<span class="subtle">—</span>' : `<div class="person">${avatar(person.manager, 22)}<span>${person.manager}</span></div>`}</td>
        <td class="muted">${person.location}</td>
        <td class="muted">${person.started}</td>
        <td>${badge(person.status[0], person.status[1])}</td>
      </tr>`,
    )
    .join('');
  return screen({
    module: 'hr',
    sections,
    currentSection: 'People',
    title: 'People',
    subtitle: '38 employees in 7 teams · 1 joining in December',
    actions: `${button('Export')}${button(`${icons.plus}Add employee`, 'primary')}`,
    body: `<div class="toolbar">${tabs([
      { label: 'Everyone', count: 38, current: true },
      { label: 'Engineering', count: 14 },
      { label: 'Sales', count: 8 },
      { label: 'Support', count: 6 },
      { label: 'Finance', count: 3 },
      { label: 'Marketing', count: 3 },
    ])}<div class="filters"><span class="chip">${icons.filter}Location: any</span><span class="chip">Status: any</span></div></div>
      <div class="card table-card"><div class="table-scroll"><table>
        <thead><tr><th>Name</th><th>Job title</th><th>Team</th><th>Manager</th><th>Location</th><th>Started</th><th>Status</th></tr></thead>
        <tbody>${rows}</tbody>
      </table></div><div class="table-foot"><span>Sorted by team, then start date</span><span>1–25 of 38</span></div></div>`,
    css: `
      .toolbar .tabs { border-bottom: none; }
      td { padding: 7px 14px; }
    `,
  });
}

export const hrScreens: ModuleScreens = { 'leave-calendar': leaveCalendar, directory };
